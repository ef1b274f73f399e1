// Edit-to-screen latency of `talkdown dev` against Slidev's own HMR, in one run: the seed
// open in Chromium on the slide of section 1.1, each edit changes a word on that slide,
// timed from the save to the new text on screen. Ours edits the article; the peer runs
// Slidev alone on the same generated slides.md and edits that by hand; both servers run at
// once and their edits alternate. Each edit is also cut into stages (bench/live-timing.ts).
// Run alone with `npx tsx bench/live-latency.ts [edits]`; `npm run bench` calls
// `measureLivePair` through bench/live.ts.
import type { LiveSession } from '../test/support/live-harness.ts'
import type { LiveLatency } from './live-timing.ts'
import { rm } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { build } from '../scripts/io/build.ts'
import { root, startLive, startSlidevAlone } from '../test/support/live-harness.ts'
import { measureReplan } from './live-replan.ts'
import { timeSessions } from './live-timing.ts'

export type { LiveLatency, LiveStages } from './live-timing.ts'

/** Ours and Slidev's HMR, measured in the same run. */
export interface LivePair {
  /** `talkdown dev`, editing the article. */
  ours: LiveLatency
  /** Slidev alone, editing slides.md by hand. */
  slidev: LiveLatency
}

const slide = '/11-技术突破与普及'

const startOurs = (port = 4232): Promise<LiveSession> => startLive(join(root, 'content/review.md'), port, slide)

// Slidev alone on the seed's generated slides.md.
async function startPeer(port = 4233): Promise<LiveSession> {
  const slides = join(root, '.live-bench-seed.md')
  await build({ article: join(root, 'content/review.md'), output: slides, force: true })
  try {
    return await startSlidevAlone(slides, port, slide)
  }
  finally {
    await rm(slides, { force: true })
  }
}

/** Run `talkdown dev` on a copy of the seed and time `edits` edits from save to screen. */
export async function measureLiveLatency(options: { edits?: number, port?: number } = {}): Promise<LiveLatency> {
  const session = await startOurs(options.port)
  try {
    return (await timeSessions([session], options.edits ?? 20))[0]!
  }
  finally {
    await session.stop()
  }
}

/** Ours and Slidev alone, both servers up, their edits interleaved. */
export async function measureLivePair(options: { edits?: number } = {}): Promise<LivePair> {
  const ours = await startOurs()
  try {
    const peer = await startPeer()
    try {
      const [mine, theirs] = await timeSessions([ours, peer], options.edits ?? 20)
      return { ours: mine!, slidev: theirs! }
    }
    finally {
      await peer.stop()
    }
  }
  finally {
    await ours.stop()
  }
}

async function main(): Promise<void> {
  const load = (): string => loadavg().map(value => value.toFixed(2)).join(' / ')
  const ms = (value: number | undefined): string => value === undefined ? '–' : `${Math.round(value)} ms`
  const before = load()
  const edits = Number(process.argv[2] ?? 20)
  const replan = measureReplan()
  process.stdout.write(`regeneration of the seed after an edit: ${replan.cached.toFixed(1)} ms with what the watch loop keeps, ${replan.uncached.toFixed(1)} ms from scratch, of which writing Markdown ${replan.stringify.toFixed(1)} ms (medians of 20)\n`)
  const pair = await measureLivePair({ edits })
  for (const [name, result] of Object.entries(pair)) {
    process.stdout.write(`${name}: ${result.samples.length} edits, median ${ms(result.median)}, worst ${ms(result.worst)}; stages (median ms from save): written ${ms(result.stages.written)}, first HMR frame ${ms(result.stages.hmr)}, on screen ${ms(result.stages.screen)}\n`)
    process.stdout.write(`  samples: ${result.samples.map(ms).join(', ')}\n`)
  }
  process.stdout.write(`ratio ${(pair.ours.median / pair.slidev.median).toFixed(2)}×; load average before ${before}, after ${load()}\n`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void main()
