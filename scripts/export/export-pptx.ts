// `talkdown export --format pptx`: the deck model to a native PowerPoint file, in-process
// (Slidev and Chromium only to photograph mermaid diagrams, when the deck has any);
// `--format pptx-images` keeps Slidev's one-picture-per-slide file.
import type { Deck } from '../pipeline/index.ts'
import { dirname, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeAtomic } from '../io/write-atomic.ts'
import { takeDiagramPictures } from './pptx/diagram-pictures.ts'
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

/** Write `deck` (generated from `article` for the slides file `slides`) as `<exportFilename>.pptx`; `say` prints progress and warnings. */
export async function exportPptx(deck: Deck, slides: string, article: string, say: (line: string) => void): Promise<PptxWritten> {
  const started = performance.now()
  const file = `${deck.exportFilename}.pptx`
  const diagrams = await takeDiagramPictures(deck, slides, article, say)
  const bytes = await writePptx(deck, { base: dirname(resolve(slides)), diagrams })
  await writeAtomic(file, bytes)
  return { file, bytes: bytes.length, seconds: (performance.now() - started) / 1000 }
}
