// How many runs each row gets: the full run for BENCHMARKS.md, or --quick for a smoke test.
import type { Size } from './scaling.ts'

/** Run counts for one bench run. */
export interface Plan {
  /** `full` or `quick`. */
  mode: 'full' | 'quick'
  /** Runs of each generation command. */
  generationRuns: number
  /** Synthetic article sizes, each with its run count. */
  sizes: Size[]
  /** Cold exports of each exporter. */
  exportRuns: number
  /** Edits for the live-update row. */
  edits: number
}

/** The plan for `argv` (`--quick` for fewer runs). */
export function plan(argv: string[]): Plan {
  const quick = argv.includes('--quick')
  // 10 MB gets one run even in a full run, and a time limit: generate() and parse take
  // minutes each there, and the whole bench must stay within about ten minutes on 2 cores.
  return {
    mode: quick ? 'quick' : 'full',
    generationRuns: quick ? 2 : 5,
    sizes: [
      { bytes: 10_000, label: '10 KB', runs: quick ? 2 : 5, limitSeconds: 120 },
      { bytes: 100_000, label: '100 KB', runs: quick ? 2 : 5, limitSeconds: 120 },
      { bytes: 1_000_000, label: '1 MB', runs: quick ? 1 : 3, limitSeconds: 240 },
      { bytes: 10_000_000, label: '10 MB', runs: 1, limitSeconds: quick ? 60 : 240 },
    ],
    exportRuns: quick ? 1 : 3,
    // One run of 20 edits swung by ±0.1× around its median ratio (2026-12-01, six runs); 40
    // edits a side narrow that by about √2 for some 20 s more.
    edits: quick ? 10 : 40,
  }
}
