// Timing the edits of live sessions: save, then the new text on screen, each edit also
// cut into stages by timestamps. Shared by bench/live-latency.ts's measurements.
import type { LiveSession } from '../test/support/live-harness.ts'
import { watch } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { performance } from 'node:perf_hooks'
import { waitForText } from '../test/support/live-harness.ts'
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

const anchor = '推理之年'
const token = (edit: number): string => `${anchor}v${100 + edit}`

// One session being timed: `written` is watched on disk when its slides are generated.
interface Timed {
  session: LiveSession
  original: string
  rows: { screen: number, written: number, hmr: number }[]
  written: number
  close: () => void
}

async function prepare(session: LiveSession): Promise<Timed> {
  // Slidev loads the other slides in the background after the first one shows; edits
  // made meanwhile measure that start-up, not the steady editing we want.
  await session.page.waitForLoadState('networkidle', { timeout: 120_000 })
  const timed: Timed = { session, original: await readFile(session.article, 'utf8'), rows: [], written: Number.NaN, close: () => {} }
  if (session.article !== session.output) {
    const watcher = watch(dirname(session.output), (_event, name) => name === basename(session.output) && Number.isNaN(timed.written) && (timed.written = performance.now()))
    timed.close = () => watcher.close()
  }
  return timed
}

// Edit `edit` (0 is the untimed warm-up), then let Slidev settle so it does not spill into the next one.
async function timeEdit(timed: Timed, edit: number): Promise<void> {
  const { session } = timed
  timed.written = Number.NaN
  const before = session.updates().length
  const started = performance.now()
  await session.save(timed.original.replace(anchor, token(edit)))
  await waitForText(session.page, token(edit), 60_000)
  const screen = performance.now() - started
  const hmr = (session.updates()[before] ?? Number.NaN) - started
  if (edit > 0)
    timed.rows.push({ screen, written: timed.written - started, hmr })
  await new Promise(done => setTimeout(done, 300))
}

function latency(timed: Timed): LiveLatency {
  const stage = (key: 'written' | 'hmr'): number | undefined => {
    const values = timed.rows.map(row => row[key]).filter(value => Number.isFinite(value))
    return values.length ? median(values) : undefined
  }
  const samples = timed.rows.map(row => row.screen)
  return { samples, median: median(samples), worst: worst(samples), stages: { written: stage('written'), hmr: stage('hmr'), screen: median(samples) } }
}

// Alternating which session goes first, so load drift hits all alike.
/** Time `edits` edits of each session, interleaved; edits change the first `推理之年` of the session's file. */
export async function timeSessions(sessions: LiveSession[], edits: number): Promise<LiveLatency[]> {
  const timed: Timed[] = []
  try {
    for (const session of sessions)
      timed.push(await prepare(session))
    for (let edit = 0; edit <= edits; edit++) {
      for (const one of edit % 2 ? [...timed].reverse() : timed)
        await timeEdit(one, edit)
    }
    return timed.map(latency)
  }
  finally {
    timed.forEach(one => one.close())
  }
}
