// One re-export after slides.md changed: print only the slides whose key is new, take
// every other page from the previous PDF, write the result atomically.
import type { PrintedDeck } from './export-rig.ts'
import type { PdfExtras } from './pdf-outline.ts'
import { readFile } from 'node:fs/promises'
import { writeAtomic } from '../io/write-atomic.ts'
import { mergePdf, wholePdf } from './merge-pdf.ts'
import { mergePlan, pageRanges } from './merge-plan.ts'
import { deckPages } from './slide-keys.ts'

/** What a re-export did. */
export interface ReExported {
  /** The deck as now printed (view, keys, PDF). */
  printed: PrintedDeck
  /** Slides printed anew. */
  rendered: number
}

/**
 * Re-export `slides` into `output` after a regeneration; `seen` is the number of hot
 * updates the view had received before slides.md was written. Throws (one line) when the
 * view does not take the update, or `stop()` turns true (Slidev needs a restart); the
 * caller then prints everything again.
 */
export async function reExport(last: PrintedDeck, slides: string, output: string, seen: number, stop: () => boolean, extras: PdfExtras = {}): Promise<ReExported> {
  const deck = deckPages(await readFile(slides, 'utf8'))
  const plan = mergePlan(last.deck.keys, deck.keys)
  const { view } = last
  // Slidev's update must reach the page before anything is printed from it; a change with
  // nothing to print still gets a moment, so that its update does not count for the next one.
  const resized = deck.keys.length !== last.deck.keys.length
  const arrived = await view.hot.after(seen, plan.print.length || resized ? 15_000 : 2000, stop)
  if (!arrived && (plan.print.length || resized))
    throw new Error('Slidev did not update the print view within 15 s')
  // The print view keeps the slide count it was loaded with (its range is set once).
  if (resized)
    await view.reload(deck.keys.length)
  let printed: Uint8Array | undefined
  if (plan.print.length) {
    await view.settle({ slides: deck.keys.length, sinceUpdate: view.hot.since }, 60_000)
    printed = await view.print(pageRanges(plan.print))
  }
  const pdf = await mergePdf(plan, deck, printed, wholePdf(last.pdf, last.deck.keys.length), extras)
  await writeAtomic(output, pdf)
  return { printed: { view, deck, pdf }, rendered: plan.print.length }
}
