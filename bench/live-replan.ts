// CPU side of a live update: regenerating the seed after a one-word edit, with the parse
// cache the watch loop uses (scripts/pipeline/parse/parse-cached.ts), against a cold parse.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { VFile } from 'vfile'
import { generate, parseCached, stringify } from '../scripts/pipeline/index.ts'
import { root } from '../test/support/live-harness.ts'
import { median } from './stats.ts'

/** Median ms per edit of the seed. */
export interface ReplanTimes {
  /** Re-parse and re-plan (generation without writing the Markdown), with the parse cache. */
  cached: number
  /** The same without the cache: the whole article parsed again. */
  uncached: number
  /** Writing the planned deck as Slidev Markdown. */
  stringify: number
}

function timed(task: () => unknown): number {
  const started = performance.now()
  task()
  return performance.now() - started
}

/** Time `runs` one-word edits of the seed (after as many warm-up runs). */
export function measureReplan(runs = 20): ReplanTimes {
  const text = readFileSync(join(root, 'content/review.md'), 'utf8')
  const parse = parseCached()
  const times: Record<keyof ReplanTimes, number[]> = { cached: [], uncached: [], stringify: [] }
  for (let run = -runs; run < runs; run++) {
    const edited = text.replace('推理之年', `推理之年v${run + 1000}`)
    const article = (): VFile => new VFile({ value: edited, path: 'content/review.md' })
    let deck: ReturnType<typeof generate>['deck']
    const total = timed(() => deck = generate({ article: article(), parse }).deck)
    const writing = timed(() => stringify(deck!, 'content/review.md'))
    const uncached = timed(() => generate({ article: article() })) - writing
    if (run >= 0) {
      times.cached.push(total - writing)
      times.uncached.push(uncached)
      times.stringify.push(writing)
    }
  }
  return { cached: median(times.cached), uncached: median(times.uncached), stringify: median(times.stringify) }
}
