// `npm run bench`: every row of issue 7 (and issue 25's key points), one table on stdout, and BENCHMARKS.md.
// Progress goes to stderr so stdout is only the table.
import type { Section } from './report.ts'
import { join } from 'node:path'
import process from 'node:process'
import { findChromium } from '../scripts/browser/find-chromium.ts'
import { measuredBlock, writeBenchmarks } from './benchmarks-md.ts'
import { exportSection } from './export.ts'
import { generationSection } from './generation.ts'
import { liveSection } from './live.ts'
import { load, machine } from './machine.ts'
import { plan } from './options.ts'
import { root } from './paths.ts'
import { rankerSection } from './ranker.ts'
import { textTable } from './report.ts'
import { scalingSections } from './scaling.ts'
import { since } from './stats.ts'

const progress = (line: string): boolean => process.stderr.write(`bench: ${line}\n`)

function noChromium(): Section {
  const why = 'No Chromium found (see scripts/browser/find-chromium.ts): export not measured.'
  return { title: '3. Export', rows: [{ task: 'seed → talk.pdf, cold', ours: 'missing', peer: '–', ratio: '–', target: '≤ 1.5× Marp', verdict: why }], commands: [], notes: [why] }
}

// A section that throws becomes a row saying so: one broken peer must not cost the other rows.
async function guarded(title: string, measure: () => Promise<Section>): Promise<Section> {
  try {
    return await measure()
  }
  catch (error) {
    const why = `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`
    progress(`${title} ${why}`)
    return { title, rows: [{ task: title, ours: 'failed', peer: '–', ratio: '–', target: '–', verdict: why }], commands: [], notes: [why] }
  }
}

async function main(): Promise<void> {
  const runPlan = plan(process.argv.slice(2))
  const started = process.hrtime.bigint()
  const loadBefore = load()
  const chromium = findChromium()
  progress(`${runPlan.mode} run; load average ${loadBefore}`)
  progress('1/4 generation of the seed, against pandoc')
  const generation = await guarded('1. Generation', () => generationSection(runPlan.generationRuns))
  progress('2/4 scaling and memory (10 MB takes minutes)')
  let memory: Section | undefined
  const scaling = await guarded('2. Scaling', async () => {
    const both = await scalingSections(runPlan.sizes)
    memory = both.memory
    return both.scaling
  })
  progress('3/4 export, against Marp')
  const exported = chromium ? await guarded('3. Export', () => exportSection(runPlan.exportRuns, chromium)) : noChromium()
  progress('4/4 live update')
  const live = await guarded('4. Live update', () => liveSection(runPlan.edits))
  progress('key points against the CNN Corpus dev half')
  const ranker = await guarded('6. Key points', async () => rankerSection())
  const sections = [generation, scaling, exported, live, memory ?? await guarded('5. Memory', () => Promise.reject(new Error('the scaling children did not report'))), ranker]
  const info = { machine: machine(chromium), mode: runPlan.mode, date: new Date().toISOString(), loadBefore, loadAfter: load(), minutes: since(started) / 60_000 }
  writeBenchmarks(join(root, 'BENCHMARKS.md'), measuredBlock(info, sections))
  process.stdout.write(`${textTable(sections.flatMap(section => section.rows))}\n\nLoad average ${info.loadBefore} → ${info.loadAfter}; wrote BENCHMARKS.md\n`)
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
