// `talkdown export` to PDF: Slidev's print view printed by Chromium directly, with waits
// on what the page shows instead of `slidev export`'s fixed delay (see ARCHITECTURE.md).
import type { ExportRig } from './export-rig.ts'
import type { PdfExtras } from './pdf-outline.ts'
import { performance } from 'node:perf_hooks'
import { writeAtomic } from '../io/write-atomic.ts'
import { printAll } from './export-rig.ts'

/** What an export wrote. */
export interface PdfWritten {
  /** Pages (one per slide). */
  pages: number
  /** Seconds from the start of printing to the file written. */
  seconds: number
}

/** Print `slides` (a built slides.md) through `rig` into `output` with `extras` (bookmarks, language), atomically; rejects with a CLIError when there is no Chromium. */
export async function exportPdf(rig: ExportRig, slides: string, output: string, say: (line: string) => void, extras: PdfExtras = {}): Promise<PdfWritten> {
  const started = performance.now()
  say(`Exporting ${slides} to ${output} …`)
  const printed = await printAll(rig, slides, false, say, extras)
  await writeAtomic(output, printed.pdf)
  return { pages: printed.deck.keys.length, seconds: (performance.now() - started) / 1000 }
}
