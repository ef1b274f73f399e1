// CPU side of a live update: regenerating the seed after a one-word edit, with what the
// watch loop keeps between runs (the parse cache, planned sections, written slides),
// against a regeneration from scratch.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { VFile } from 'vfile'
import { generate, parseCached, remembered, stringify } from '../scripts/pipeline/index.ts'
import { root } from '../test/support/live-harness.ts'
import { median } from './stats.ts'

/** Median ms per edit of the seed. */
export interface ReplanTimes {
  /** Regeneration (parse, plan, Markdown) with what the watch loop keeps. */
  cached: number
  /** The same from scratch: the whole article parsed, planned and written again. */
  uncached: number
  /** Of that, writing the whole planned deck as Slidev Markdown. */
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
  const live = { parse: parseCached(), remember: remembered() }
  const times: Record<keyof ReplanTimes, number[]> = { cached: [], uncached: [], stringify: [] }
  for (let run = -runs; run < runs; run++) {
    const edited = text.replace('推理之年', `推理之年v${run + 1000}`)
    const article = (): VFile => new VFile({ value: edited, path: 'content/review.md' })
    const cached = timed(() => generate({ article: article(), ...live }))
    let deck: ReturnType<typeof generate>['deck']
    const uncached = timed(() => deck = generate({ article: article() }).deck)
    const writing = timed(() => stringify(deck!, 'content/review.md'))
    if (run >= 0) {
      times.cached.push(cached)
      times.uncached.push(uncached)
      times.stringify.push(writing)
    }
  }
  return { cached: median(times.cached), uncached: median(times.uncached), stringify: median(times.stringify) }
}
