// Assemble the PDF of a plan: pages printed earlier (the previous PDF of a watch, or pages
// of the page cache from several PDFs) and freshly printed ones, in deck order, with the
// deck's title, subject and author (as `slidev export` sets them), its bookmarks and
// language. A PDF printed whole, or reused whole and in order, keeps Chromium's tags (its
// structure tree); merged pages lose them, as pdf-lib copies pages without the tree.

import type { PDFPage } from 'pdf-lib'
import type { MergePlan } from './merge-plan.ts'
import type { PdfExtras } from './pdf-outline.ts'
import type { DeckPages } from './slide-keys.ts'
import { PDFDocument } from 'pdf-lib'
import { addOutline } from './pdf-outline.ts'

/** Pages printed earlier: page `index` of the shelf is page `pages[index].page` of `files[pages[index].file]`. */
export interface PageShelf {
  files: Uint8Array[]
  pages: { file: number, page: number }[]
}

/** The shelf of one whole PDF of `count` pages. */
export function wholePdf(pdf: Uint8Array, count: number): PageShelf {
  return { files: [pdf], pages: Array.from({ length: count }, (_, page) => ({ file: 0, page })) }
}

function describe(document: PDFDocument, deck: DeckPages, extras: PdfExtras): void {
  addOutline(document, extras)
  if (deck.title)
    document.setTitle(deck.title)
  if (deck.subject)
    document.setSubject(deck.subject)
  if (deck.author)
    document.setAuthor(deck.author)
}

// The one shelf file the plan takes whole and in order, if it does (then its tags stay).
async function reusedWhole(plan: MergePlan, shelf: PageShelf | undefined): Promise<PDFDocument | undefined> {
  const first = plan.pages[0]
  if (!shelf || !first || first.from !== 'previous')
    return undefined
  const file = shelf.pages[first.page]?.file
  const inOrder = plan.pages.every((source, index) => source.from === 'previous' && shelf.pages[source.page]?.file === file && shelf.pages[source.page]?.page === index)
  const document = inOrder && file !== undefined ? await PDFDocument.load(shelf.files[file]!) : undefined
  return document?.getPageCount() === plan.pages.length ? document : undefined
}

// Copy the shelf pages the plan reuses into `merged`, one copy call per source file (so
// pages share the fonts they were printed with). One call copies a page once, so a shelf
// page the plan uses twice is copied again in a call of its own.
async function copyShelf(merged: PDFDocument, plan: MergePlan, shelf: PageShelf | undefined): Promise<PDFPage[]> {
  const wanted = plan.pages.flatMap(source => source.from === 'previous' ? [source.page] : [])
  const copies: PDFPage[] = []
  if (!shelf)
    return copies
  for (const [file, bytes] of shelf.files.entries()) {
    const mine = wanted.flatMap((page, index) => shelf.pages[page]?.file === file ? [index] : [])
    const once = mine.filter(index => wanted.indexOf(wanted[index]!) === index)
    if (!mine.length)
      continue
    const source = await PDFDocument.load(bytes)
    const pages = await merged.copyPages(source, once.map(index => shelf.pages[wanted[index]!]!.page))
    once.forEach((index, at) => (copies[index] = pages[at]!))
    for (const index of mine.filter(index => !once.includes(index)))
      copies[index] = (await merged.copyPages(source, [shelf.pages[wanted[index]!]!.page]))[0]!
  }
  return copies
}

/** The new PDF's bytes. `previous` must hold the pages the plan reuses, `printed` the ones it prints. */
export async function mergePdf(plan: MergePlan, deck: DeckPages, printed: Uint8Array | undefined, previous: PageShelf | undefined, extras: PdfExtras = {}): Promise<Uint8Array> {
  const fresh = printed ? await PDFDocument.load(printed) : undefined
  if (fresh && fresh.getPageCount() !== plan.print.length)
    throw new Error(`Cannot merge the PDF: printed ${fresh.getPageCount()} pages, expected ${plan.print.length}`)
  // Everything printed anew (the first export), or nothing and one earlier PDF as it was: keep that document.
  const whole = fresh && plan.print.length === plan.pages.length ? fresh : await reusedWhole(plan, previous)
  if (whole) {
    describe(whole, deck, extras)
    return whole.save()
  }
  const merged = await PDFDocument.create()
  const copies = await copyShelf(merged, plan, previous)
  const newPages = fresh ? await merged.copyPages(fresh, fresh.getPageIndices()) : []
  let reused = 0
  for (const source of plan.pages) {
    const page = source.from === 'printed' ? newPages[source.page] : copies[reused++]
    if (!page)
      throw new Error(`Cannot merge the PDF: no ${source.from} page ${source.page + 1}`)
    merged.addPage(page)
  }
  describe(merged, deck, extras)
  return merged.save()
}
