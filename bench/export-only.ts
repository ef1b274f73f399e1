// `npx tsx bench/export-only.ts [--quick]`: only row 3 (export against Marp, cold, the
// --watch re-export after an edit, an export while the dev server is open) on stdout, with
// the load average; BENCHMARKS.md is left alone (`npm run bench` writes it with every row).
import process from 'node:process'
import { findChromium } from '../scripts/browser/find-chromium.ts'
import { exportSection } from './export.ts'
import { load } from './machine.ts'
import { plan } from './options.ts'
import { textTable } from './report.ts'

async function main(): Promise<void> {
  const chromium = findChromium()
  if (!chromium)
    throw new Error('Cannot run the export bench, expected a Chromium (see scripts/browser/find-chromium.ts)')
  const before = load()
  const section = await exportSection(plan(process.argv.slice(2)).exportRuns, chromium)
  process.stdout.write(`${textTable(section.rows)}\n\n${section.notes.join('\n\n')}\n\nLoad average ${before} → ${load()}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
