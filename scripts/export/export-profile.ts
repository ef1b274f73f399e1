// Where one export's time goes (BENCHMARKS.md's profile): each phase's wall time, printed
// as one line when TALKDOWN_PROFILE is set, so that a user's run can be profiled as is.
import { performance } from 'node:perf_hooks'
import process from 'node:process'

const phases: [string, number][] = []

/** Record `phase` as taking `ms` milliseconds (measured elsewhere, e.g. in the Slidev process). */
export function phaseTook(phase: string, ms: number): void {
  phases.push([phase, ms])
}

/** Record `phase` as taking from `since` (performance.now()) until now. */
export function phaseDone(phase: string, since: number): void {
  phaseTook(phase, performance.now() - since)
}

/** Await `work` and record its wall time as `phase`. */
export async function timed<T>(phase: string, work: Promise<T>): Promise<T> {
  const since = performance.now()
  try {
    return await work
  }
  finally {
    phaseDone(phase, since)
  }
}

/** Say the phases so far (when TALKDOWN_PROFILE is set) and forget them. */
export function sayProfile(say: (line: string) => void): void {
  const done = phases.splice(0)
  if (process.env.TALKDOWN_PROFILE && done.length)
    say(`  profile: ${done.map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`).join(', ')}`)
}
