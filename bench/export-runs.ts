// Plain `talkdown export` runs for rows 3c–3d: each a new process, optionally after a
// one-paragraph edit of the article, timed whole, with what each printed.
import type { Row } from './report.ts'
import type { Command } from './run-process.ts'
import { writeFileSync } from 'node:fs'
import { duration, times } from './report.ts'
import { runProcess } from './run-process.ts'
import { median } from './stats.ts'

/** The article the exports read, its text before any edit, and the export command. */
export interface Scene { article: string, original: string, export: Command }

/** What a series of exports took and printed, and the last one's output. */
export interface Timed { ms: number[], printed: string[], log: string }

const anchor = '推理之年'
const printedLine = /✓ talk\.pdf: (\d+) pages? for/u

/** A row against Marp's cold export; `below`: the target is strictly less than `target`× Marp. */
export function row(task: string, ms: number[], marpMs: number, target: number, below = false): Row {
  const ratio = median(ms) / marpMs
  const met = below ? ratio < target : ratio <= target
  const targetText = below ? '< Marp cold' : `≤ ${target.toFixed(1)}× Marp`
  return { task, ours: duration(median(ms)), peer: `Marp cold ${duration(marpMs)}`, ratio: times(ratio), target: targetText, verdict: met ? 'met' : `missed by ${times(ratio / target)}` }
}

/** Run the export `runs` times, editing the article before each when `edit` (a word, numbered per run). */
export async function timedExports(scene: Scene, runs: number, edit: string | undefined): Promise<Timed> {
  const ms: number[] = []
  const printed: string[] = []
  let log = ''
  for (let run = 0; run < runs; run++) {
    if (edit)
      writeFileSync(scene.article, scene.original.replace(anchor, `${anchor}${edit}${run + 1}`))
    const done = await runProcess(scene.export)
    const match = printedLine.exec(done.stdout + done.stderr)
    ms.push(done.ms)
    printed.push(match?.[1] ? `all ${match[1]}` : '?')
    log += done.stdout + done.stderr
  }
  return { ms, printed, log }
}
