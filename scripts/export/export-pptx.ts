// `talkdown export --format pptx`: the deck model to a native PowerPoint file, in-process
// (no Slidev, no Chromium); `--format pptx-images` keeps Slidev's one-picture-per-slide file.
import type { Deck } from '../pipeline/index.ts'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeAtomic } from '../io/write-atomic.ts'
import { writePptx } from './pptx/write-pptx.ts'

/** What the PPTX export wrote. */
export interface PptxWritten {
  /** The file. */
  file: string
  /** Bytes written. */
  bytes: number
  /** Seconds it took. */
  seconds: number
}

/** Write `deck` (generated for the slides file `slides`) as `<exportFilename>.pptx`. */
export async function exportPptx(deck: Deck, slides: string): Promise<PptxWritten> {
  const started = performance.now()
  const file = `${deck.exportFilename}.pptx`
  const bytes = await writePptx(deck, { base: dirname(resolve(slides)) })
  await writeAtomic(file, bytes)
  return { file, bytes: bytes.length, seconds: (performance.now() - started) / 1000 }
}
