// Edit-to-screen latency of `talkdown dev` against Slidev's own HMR, in one run: the seed
// open in Chromium on the slide of section 1.1, each edit changes a word on that slide,
// timed from the save to the new text on screen. Ours edits the article; the peer runs
// Slidev alone on the same generated slides.md and edits that by hand. Each edit is also
// cut into stages by timestamps (see LiveStages). Run alone with `npx tsx bench/live-latency.ts`;
// `npm run bench` calls `measureLivePair` through bench/live.ts.
import type { LiveSession } from '../test/support/live-harness.ts'
import { watch } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { build } from '../scripts/io/build.ts'
import { root, startLive, startSlidevAlone, waitForText } from '../test/support/live-harness.ts'
import { measureReplan } from './live-replan.ts'
import { median, worst } from './stats.ts'

/** Median ms from the save to each stage of an edit (a stage not seen is left out). */
export interface LiveStages {
  /** slides.md replaced on disk (ours only: our watcher, debounce, generate and write). */
  written?: number
  /** First hot-update frame from Vite at the page (Vite's watcher and Slidev's re-parse). */
  hmr?: number
  /** New text on screen (the browser fetches the slide module and renders). */
  screen: number
}

/** Latencies of one session, in ms. */
export interface LiveLatency {
  /** Save to screen, one per timed edit, in order. */
  samples: number[]
  /** Median of the samples. */
  median: number
  /** Largest sample. */
  worst: number
  /** Median time of each stage. */
  stages: LiveStages
}

/** Ours and Slidev's HMR, measured one after the other in the same run. */
export interface LivePair {
  /** `talkdown dev`, editing the article. */
  ours: LiveLatency
  /** Slidev alone, editing slides.md by hand. */
  slidev: LiveLatency
}

const anchor = '推理之年'
const slide = '/11-技术突破与普及'
const token = (edit: number): string => `${anchor}v${100 + edit}`

// One session's edits: `written` is watched on disk when the session's slides are generated.
async function timeEdits(session: LiveSession, edits: number): Promise<LiveLatency> {
  // Slidev loads the other slides in the background after the first one shows; edits
  // made meanwhile measure that start-up, not the steady editing we want.
  await session.page.waitForLoadState('networkidle', { timeout: 120_000 })
  const original = await readFile(session.article, 'utf8')
  const generated = session.article !== session.output
  let written = Number.NaN
  const watcher = generated ? watch(root, (_event, name) => name === basename(session.output) && Number.isNaN(written) && (written = performance.now())) : undefined
  const rows: { screen: number, written: number, hmr: number }[] = []
  try {
    for (let edit = 0; edit <= edits; edit++) {
      written = Number.NaN
      const before = session.updates().length
      const started = performance.now()
      await session.save(original.replace(anchor, token(edit)))
      await waitForText(session.page, token(edit), 60_000)
      const screen = performance.now() - started
      const hmr = (session.updates()[before] ?? Number.NaN) - started
      if (edit > 0)
        rows.push({ screen, written: written - started, hmr })
      // Let Slidev settle so one edit's work does not spill into the next measurement.
      await new Promise(done => setTimeout(done, 300))
    }
  }
  finally {
    watcher?.close()
  }
  const stage = (key: 'written' | 'hmr'): number | undefined => {
    const values = rows.map(row => row[key]).filter(value => Number.isFinite(value))
    return values.length ? median(values) : undefined
  }
  const samples = rows.map(row => row.screen)
  return { samples, median: median(samples), worst: worst(samples), stages: { written: generated ? stage('written') : undefined, hmr: stage('hmr'), screen: median(samples) } }
}

/** Run `talkdown dev` on a copy of the seed and time `edits` edits from save to screen. */
export async function measureLiveLatency(options: { edits?: number, port?: number } = {}): Promise<LiveLatency> {
  const session = await startLive(join(root, 'content/review.md'), options.port ?? 4232, slide)
  try {
    return await timeEdits(session, options.edits ?? 20)
  }
  finally {
    await session.stop()
  }
}

/** Slidev alone on the seed's generated slides.md, `edits` hand edits of it timed the same way. */
export async function measureSlidevHmr(options: { edits?: number, port?: number } = {}): Promise<LiveLatency> {
  const slides = join(root, '.live-bench-seed.md')
  await build({ article: join(root, 'content/review.md'), output: slides, force: true })
  const session = await startSlidevAlone(slides, options.port ?? 4233, slide)
  try {
    return await timeEdits(session, options.edits ?? 20)
  }
  finally {
    await session.stop()
    await rm(slides, { force: true })
  }
}

/** Both, ours first. */
export async function measureLivePair(options: { edits?: number } = {}): Promise<LivePair> {
  const ours = await measureLiveLatency(options)
  const slidev = await measureSlidevHmr(options)
  return { ours, slidev }
}

async function main(): Promise<void> {
  const load = (): string => loadavg().map(value => value.toFixed(2)).join(' / ')
  const ms = (value: number | undefined): string => value === undefined ? '–' : `${Math.round(value)} ms`
  const before = load()
  const edits = Number(process.argv[2] ?? 20)
  const replan = measureReplan()
  process.stdout.write(`re-parse + re-plan of the seed after an edit: ${replan.cached.toFixed(1)} ms with the parse cache, ${replan.uncached.toFixed(1)} ms without; writing Markdown ${replan.stringify.toFixed(1)} ms (medians of 20)\n`)
  const pair = await measureLivePair({ edits })
  for (const [name, result] of Object.entries(pair)) {
    process.stdout.write(`${name}: ${result.samples.length} edits, median ${ms(result.median)}, worst ${ms(result.worst)}; stages (median ms from save): written ${ms(result.stages.written)}, first HMR frame ${ms(result.stages.hmr)}, on screen ${ms(result.stages.screen)}\n`)
    process.stdout.write(`  samples: ${result.samples.map(ms).join(', ')}\n`)
  }
  process.stdout.write(`ratio ${(pair.ours.median / pair.slidev.median).toFixed(2)}×; load average before ${before}, after ${load()}\n`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void main()
