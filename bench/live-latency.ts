// Edit-to-screen latency of `talkdown dev`: the seed article open in Chromium on the
// slide of section 1.1; each edit changes a word on that slide, and we time from the
// save to the new text on screen. Run alone with `npx tsx bench/live-latency.ts`;
// `npm run bench` calls `measureLiveLatency`.

import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { readArticle, root, startLive, waitForText } from '../test/support/live-harness.ts'
import { measureReplan } from './live-replan.ts'
import { median, worst } from './stats.ts'

/** Options of a latency run. */
export interface LiveLatencyOptions {
  /** Timed edits (one untimed edit comes first, to warm the server up). */
  edits?: number
  /** Dev server port. */
  port?: number
}

/** Latencies of a run, in ms. */
export interface LiveLatency {
  /** One per timed edit, in order. */
  samples: number[]
  /** Median of the samples. */
  median: number
  /** Largest sample. */
  worst: number
}

const anchor = '推理之年'
const token = (edit: number): string => `${anchor}v${100 + edit}`

/** Run `talkdown dev` on a copy of the seed and time `edits` edits from save to screen. */
export async function measureLiveLatency(options: LiveLatencyOptions = {}): Promise<LiveLatency> {
  const edits = options.edits ?? 20
  const session = await startLive(join(root, 'content/review.md'), options.port ?? 4232, '/11-技术突破与普及')
  try {
    // Slidev loads the other slides in the background after the first one shows; edits
    // made meanwhile measure that start-up, not the steady editing we want.
    await session.page.waitForLoadState('networkidle', { timeout: 120_000 })
    const original = await readArticle(session)
    const samples: number[] = []
    for (let edit = 0; edit <= edits; edit++) {
      const started = performance.now()
      await session.save(original.replace(anchor, token(edit)))
      await waitForText(session.page, token(edit), 60_000)
      if (edit > 0)
        samples.push(performance.now() - started)
      // Let Slidev settle so one edit's work does not spill into the next measurement.
      await new Promise(done => setTimeout(done, 300))
    }
    return { samples, median: median(samples), worst: worst(samples) }
  }
  finally {
    await session.stop()
  }
}

async function main(): Promise<void> {
  const load = loadavg().map(value => value.toFixed(2)).join(' / ')
  const ms = (value: number): string => `${Math.round(value)} ms`
  const replan = measureReplan()
  process.stdout.write(`re-parse + re-plan of the seed after an edit: ${replan.cached.toFixed(1)} ms with the parse cache, ${replan.uncached.toFixed(1)} ms without; writing Markdown ${replan.stringify.toFixed(1)} ms (medians of 20)\n`)
  const result = await measureLiveLatency()
  process.stdout.write(`live update, ${result.samples.length} edits of the seed: median ${ms(result.median)}, worst ${ms(result.worst)} (load average before ${load})\n`)
  process.stdout.write(`samples: ${result.samples.map(ms).join(', ')}\n`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void main()
