// Row 1: generating the seed, whole process, against pandoc; plus what the
// process spends before the pipeline runs (node, module loading), and the same build
// without the prebuilt bundle (tsx compiling the sources, as on a first run after an edit).
import type { Row, Section } from './report.ts'
import type { Command } from './run-process.ts'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { generate, VFile } from '../scripts/pipeline/index.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { duration, runList, times } from './report.ts'
import { runProcess, shown } from './run-process.ts'
import { median, timeRuns } from './stats.ts'

const pandoc = '/usr/bin/pandoc'

function commands(out: string): Record<string, Command> {
  const node = process.execPath
  const build = ['build', 'content/review.md', '-o', join(out, 'slides.md')]
  return {
    'talkdown build': { program: node, args: [talkdownBin, ...build], cwd: root },
    ...(existsSync(pandoc) ? { pandoc: { program: pandoc, args: ['-t', 'revealjs', '--slide-level=3', 'content/review.md', '-o', join(out, 'x.html')], cwd: root } } : {}),
    'node -e 0': { program: node, args: ['-e', '0'], cwd: root },
    'talkdown --help': { program: node, args: [talkdownBin, '--help'], cwd: root },
    'talkdown build, no bundle (tsx)': { program: node, args: [talkdownBin, ...build], cwd: root, env: { TALKDOWN_NO_BUNDLE: '1' } },
  }
}

// Runs interleaved (ours, pandoc, …, ours, pandoc, …) so load drift hits every command alike.
async function timeInterleaved(runs: number, named: Record<string, Command>, out: string): Promise<Record<string, number[]>> {
  const results: Record<string, number[]> = Object.fromEntries(Object.keys(named).map(name => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of Object.entries(named)) {
      rmSync(join(out, 'slides.md'), { force: true }) // every build writes, none finds "unchanged"
      results[name]!.push((await runProcess(command)).ms)
    }
  }
  return results
}

// The pipeline alone, in this process: first call (cold JIT) and warm calls.
async function inProcess(runs: number): Promise<{ cold: number, warm: number[] }> {
  const text = readFileSync(seedArticle, 'utf8')
  const once = (): unknown => generate({ article: new VFile({ path: 'content/review.md', value: text }) })
  const [cold = Number.NaN] = await timeRuns(1, once)
  return { cold, warm: await timeRuns(runs, once) }
}

/** Measure row 1 with `runs` runs of each command. */
export async function generationSection(runs: number): Promise<Section> {
  const out = scratch('generation')
  const named = commands(out)
  // The first run makes bin/dist (bundle and code cache) if missing and warms the disk cache and tsx's transform cache, as any second run has them.
  await timeInterleaved(1, named, out)
  const measured = await timeInterleaved(runs, named, out)
  const pipeline = await inProcess(runs)
  const ours = median(measured['talkdown build']!)
  const peer = measured.pandoc ? median(measured.pandoc) : Number.NaN
  return {
    title: '1. Generation of the seed (content/review.md), whole process',
    rows: generationRows(ours, peer, median(pipeline.warm), median(measured['talkdown build, no bundle (tsx)'] ?? [])),
    commands: Object.values(named).map(command => shown(command)),
    notes: [
      ...Object.entries(measured).map(([name, values]) => `${name}: median ${duration(median(values))} (runs: ${runList(values)})`),
      `generate() in process: first call ${duration(pipeline.cold)}, then median ${duration(median(pipeline.warm))} (runs: ${runList(pipeline.warm)})`,
      ...(measured.pandoc ? [] : ['pandoc not installed (/usr/bin/pandoc): its row is skipped.']),
    ],
  }
}

function verdict(ratio: number): string {
  return Number.isFinite(ratio) ? (ratio <= 1 ? 'met' : `missed: ${times(ratio)} pandoc's time`) : 'no pandoc: skipped'
}

function generationRows(ours: number, peer: number, pipeline: number, unbundled: number): Row[] {
  const rows: Row[] = [
    { task: 'seed → slides.md, `talkdown build` (process)', ours: duration(ours), peer: `pandoc ${duration(peer)}`, ratio: times(ours / peer), target: '≤ 1× pandoc', verdict: verdict(ours / peer) },
    { task: 'seed → deck, generate() in process (warm)', ours: duration(pipeline), peer: `pandoc ${duration(peer)}`, ratio: times(pipeline / peer), target: '(info)', verdict: 'pipeline share of the process' },
  ]
  if (Number.isFinite(unbundled))
    rows.push({ task: 'seed, `talkdown build` without the bundle (tsx, TALKDOWN_NO_BUNDLE=1)', ours: duration(unbundled), peer: `pandoc ${duration(peer)}`, ratio: times(unbundled / peer), target: '(info)', verdict: 'what the bundle saves' })
  return rows
}
