// Small statistics over run times; medians because a 2-core shared machine has outliers.
import process from 'node:process'

/** Median of `values` (mean of the middle two for an even count); NaN when empty. */
export function median(values: number[]): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Largest of `values`; NaN when empty. */
export function worst(values: number[]): number {
  return values.length ? Math.max(...values) : Number.NaN
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Run `task` `runs` times in sequence; resolves to each run's milliseconds. */
export async function timeRuns(runs: number, task: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    await task()
    times.push(since(start))
  }
  return times
}
