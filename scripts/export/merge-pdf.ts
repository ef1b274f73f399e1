// Assemble the PDF of a plan: reused pages of the previous PDF and freshly printed ones,
// in deck order, with the deck's title, subject and author (as `slidev export` sets them),
// its bookmarks and language. A PDF printed whole keeps Chromium's tags (its structure
// tree); merged pages lose them, as pdf-lib copies pages without the tree.

import type { MergePlan } from './merge-plan.ts'
import type { PdfExtras } from './pdf-outline.ts'
import type { DeckPages } from './slide-keys.ts'
import { PDFDocument } from 'pdf-lib'
import { addOutline } from './pdf-outline.ts'

function describe(document: PDFDocument, deck: DeckPages, extras: PdfExtras): void {
  addOutline(document, extras)
  if (deck.title)
    document.setTitle(deck.title)
  if (deck.subject)
    document.setSubject(deck.subject)
  if (deck.author)
    document.setAuthor(deck.author)
}

/** The new PDF's bytes. `previous` must hold the pages the plan reuses, `printed` the ones it prints. */
export async function mergePdf(plan: MergePlan, deck: DeckPages, printed: Uint8Array | undefined, previous: Uint8Array | undefined, extras: PdfExtras = {}): Promise<Uint8Array> {
  const fresh = printed ? await PDFDocument.load(printed) : undefined
  if (fresh && fresh.getPageCount() !== plan.print.length)
    throw new Error(`Cannot merge the PDF: printed ${fresh.getPageCount()} pages, expected ${plan.print.length}`)
  // Everything printed anew (the first export): keep Chromium's document as it is.
  if (fresh && plan.print.length === plan.pages.length) {
    describe(fresh, deck, extras)
    return fresh.save()
  }
  const old = previous ? await PDFDocument.load(previous) : undefined
  const merged = await PDFDocument.create()
  // One copy call per source document, so pages share the fonts they were printed with.
  const reused = [...new Set(plan.pages.flatMap(source => source.from === 'previous' ? [source.page] : []))]
  const oldPages = old && reused.length ? await merged.copyPages(old, reused) : []
  const unused = new Map(reused.map((page, index) => [page, oldPages[index]!]))
  const newPages = fresh ? await merged.copyPages(fresh, fresh.getPageIndices()) : []
  for (const source of plan.pages) {
    // A page object can sit in the document once: a second slide with the same key gets its own copy.
    const page = source.from === 'printed' ? newPages[source.page] : unused.get(source.page) ?? (old && (await merged.copyPages(old, [source.page]))[0])
    if (!page)
      throw new Error(`Cannot merge the PDF: no ${source.from} page ${source.page + 1}`)
    if (source.from === 'previous')
      unused.delete(source.page)
    merged.addPage(page)
  }
  describe(merged, deck, extras)
  return merged.save()
}
