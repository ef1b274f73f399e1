// Row 3b: re-export after editing one slide. Measured only when scripts/cli/export.ts
// offers an incremental mode; until then the row says so.
import type { Row } from './report.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './paths.ts'

/** The re-export row, its commands and notes; `marpPerSlide` is Marp's cold ms per slide. */
export async function incrementalRow(marpPerSlide: number): Promise<{ row: Row, commands: string[], notes: string[] }> {
  const exporter = readFileSync(join(root, 'scripts/cli/export.ts'), 'utf8')
  const offered = /incremental|changedSlides|reExport|re-export/iu.test(exporter)
  const target = `< Marp cold (${(marpPerSlide / 1000).toFixed(3)} s/slide)`
  return {
    row: { task: 're-export after editing one slide', ours: 'not implemented', peer: `Marp cold ${(marpPerSlide / 1000).toFixed(3)} s/slide`, ratio: '–', target, verdict: offered ? 'exporter mentions an incremental mode; not wired into the bench yet' : 'missing: no incremental exporter' },
    commands: [],
    notes: [offered ? 'scripts/cli/export.ts mentions an incremental mode, but the bench does not drive it yet.' : 'No incremental exporter exists in scripts/cli/export.ts at the time of this run: every export rebuilds the Slidev site and re-prints every slide.'],
  }
}
