// Rows 2 and 5: generate() against remark-parse alone on synthetic articles, one child
// process per size; the largest child also gives the peak memory of generation.
import type { Row, Section } from './report.ts'
import type { Command } from './run-process.ts'
import type { ScalingResult } from './scaling-child.ts'
import { join } from 'node:path'
import process from 'node:process'
import { root } from './paths.ts'
import { duration, runList, times } from './report.ts'
import { runProcess, shown } from './run-process.ts'
import { median } from './stats.ts'

/** An article size, its timed runs, and how long its child may take. */
export interface Size { bytes: number, label: string, runs: number, limitSeconds: number }

/** One size's figures; `stoppedAfter` (s) and `peakAtStopMiB` when the time limit cut it short. */
interface Measured { size: Size, result: ScalingResult, stoppedAfter?: number, peakAtStopMiB?: number }

function childCommand(size: Size): Command {
  const args = ['--expose-gc', '--import', 'tsx', join(root, 'bench/scaling-child.ts'), String(size.bytes), String(size.runs)]
  return { program: process.execPath, args, cwd: root, showStderr: true, timeoutMs: size.limitSeconds * 1000 }
}

async function measure(size: Size): Promise<Measured> {
  const finished = await runProcess(childCommand(size))
  const result = JSON.parse(finished.stdout.trim().split('\n').pop() || 'null') as ScalingResult | null
  if (!result)
    throw new Error(`Cannot scale to ${size.label}, expected the child to report before its ${size.limitSeconds} s limit`)
  return finished.stopped ? { size, result, stoppedAfter: finished.ms / 1000, peakAtStopMiB: finished.stopped.peakMiB } : { size, result }
}

// A median, or "> N s" when the limit stopped the child before the first run ended.
const figure = (values: number[], measured: Measured): string => values.length ? duration(median(values)) : `> ${measured.stoppedAfter?.toFixed(0)} s (stopped)`
const perMb = (measured: Measured): number => median(measured.result.generate) / (measured.result.bytes / 1e6)

// When generate() finished and the parse alone did not, the parse ran at least from the
// child's last line to the stop: the ratio is at most generate over that.
function parseAtLeast(measured: Measured): number | undefined {
  const { result, stoppedAfter } = measured
  return result.generate.length && !result.parse.length && stoppedAfter && result.reportedAtMs ? stoppedAfter * 1000 - result.reportedAtMs : undefined
}

function sizeRow(measured: Measured): Row {
  const { result } = measured
  const floor = parseAtLeast(measured)
  const ratio = median(result.generate) / (floor ?? median(result.parse))
  const verdict = ratio <= 2 ? 'met' : `missed by ${times(ratio / 2)}`
  return {
    task: `${measured.size.label} synthetic (${result.slides || '?'} slides): generate() vs parse`,
    ours: figure(result.generate, measured),
    peer: floor ? `remark-parse > ${duration(floor)} (stopped)` : `remark-parse ${figure(result.parse, measured)}`,
    ratio: floor ? `< ${times(ratio)}` : times(ratio),
    target: '≤ 2× parse',
    verdict: Number.isFinite(ratio) ? (floor && ratio <= 2 ? `${verdict} (parse alone did not finish)` : verdict) : 'not measured within the time limit',
  }
}

// Growth exponent between the two largest finished sizes: 1.0 is linear; above 1.15 we call it super-linear.
function growthRow(all: Measured[]): Row {
  const done = all.filter(measured => measured.result.generate.length)
  const [small, large] = done.slice(-2)
  if (!small || !large)
    return { task: 'growth', ours: '–', peer: '–', ratio: '–', target: 'linear', verdict: 'needs two finished sizes' }
  const cut = all.at(-1)
  if (cut?.stoppedAfter && !cut.result.generate.length)
    return stoppedGrowthRow(large, cut)
  const k = (pick: (result: ScalingResult) => number[]): number => Math.log(median(pick(large.result)) / median(pick(small.result))) / Math.log(large.result.bytes / small.result.bytes)
  const ours = k(result => result.generate)
  // The parse alone may not have finished at the largest size: its exponent is then unknown.
  const floor = large.result.parse.length ? k(result => result.parse) : Number.NaN
  return {
    task: `growth ${small.size.label} → ${large.size.label} (time ∝ size^k)`,
    ours: `k = ${ours.toFixed(2)}; ${duration(perMb(large))}/MB`,
    peer: Number.isFinite(floor) ? `parse k = ${floor.toFixed(2)}` : 'parse k: –',
    ratio: '–',
    target: 'linear (k ≤ 1.15)',
    verdict: ours <= 1.15 ? 'met' : `missed: k = ${ours.toFixed(2)}${floor > 1.15 ? ' (parse alone is super-linear too)' : ''}`,
  }
}

// The largest size did not finish: its time limit gives a lower bound on the exponent.
function stoppedGrowthRow(large: Measured, cut: Measured): Row {
  const bound = Math.log(cut.stoppedAfter! * 1000 / median(large.result.generate)) / Math.log(cut.result.bytes / large.result.bytes)
  return {
    task: `growth ${large.size.label} → ${cut.size.label} (time ∝ size^k)`,
    ours: `k ≥ ${bound.toFixed(2)} (stopped at ${cut.stoppedAfter!.toFixed(0)} s)`,
    peer: '–',
    ratio: '–',
    target: 'linear (k ≤ 1.15)',
    verdict: bound <= 1.15 ? 'unknown: stopped early' : `missed: k ≥ ${bound.toFixed(2)}`,
  }
}

function memoryRow(measured: Measured): Row {
  const { result } = measured
  const peak = result.peakAfterGenerateMiB || measured.peakAtStopMiB
  const grown = peak === undefined ? Number.NaN : peak - result.rssBeforeMiB
  return {
    task: `peak RSS, generate() on the ${measured.size.label} article`,
    ours: peak === undefined ? '–' : `${result.peakAfterGenerateMiB ? '' : '≥ '}${peak} MiB`,
    peer: '–',
    ratio: '–',
    target: '(report)',
    verdict: `+${grown} MiB over ${result.rssBeforeMiB} MiB before: ${(grown / (result.bytes / 2 ** 20)).toFixed(0)}× the article's size${result.peakAfterGenerateMiB ? '' : ' (at the stop)'}`,
  }
}

// CPU time moves less than wall time when the machine is shared (it counts V8's helper threads too).
const cpu = (values: number[] | undefined): string => values?.length ? `; CPU median generate ${duration(median(values))}` : ''

function notes(all: Measured[]): string[] {
  return all.map(({ size, result, stoppedAfter }) => `${size.label} (${result.bytes} bytes, ${result.slides || '?'} slides): generate ${runList(result.generate) || '–'}; parse ${runList(result.parse) || '–'}${result.generate.length ? `; generate ${duration(perMb({ size, result }))}/MB` : ''}${cpu(result.generateCpu)}${result.parseCpu?.length ? `, parse ${duration(median(result.parseCpu))}` : ''}${stoppedAfter ? `; stopped at its ${size.limitSeconds} s limit` : ''}`)
}

/** Measure rows 2 and 5 over `sizes` (ascending); the largest size gives the memory row. */
export async function scalingSections(sizes: Size[]): Promise<{ scaling: Section, memory: Section }> {
  const all: Measured[] = []
  for (const size of sizes)
    all.push(await measure(size))
  const largest = all.at(-1)!
  const memoryNote = 'maxRSS from process.resourceUsage() in the child, read right after its first timed generate() (before any parse-alone run); the child first ran one warm-up generate() on the seed. RSS includes Node itself and the article string. When the time limit stops the child, the figure is its VmHWM (/proc) at the stop, a lower bound.'
  return {
    scaling: { title: '2. Scaling: generate() against remark-parse + remark-gfm alone (in process)', rows: [...all.map(sizeRow), growthRow(all)], commands: sizes.map(size => shown(childCommand(size))), notes: notes(all) },
    memory: { title: `5. Memory: peak RSS of generation on the ${largest.size.label} article`, rows: [memoryRow(largest)], commands: [shown(childCommand(largest.size))], notes: [memoryNote] },
  }
}
