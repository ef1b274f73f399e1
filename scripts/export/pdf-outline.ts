// PDF bookmarks (the outline a viewer shows beside the pages), the document language and
// metadata, written with pdf-lib into the PDF Chromium printed: a bookmark per chapter at its
// first slide, with its sections under it. Chromium's own outline (`page.pdf({ outline })`)
// would list every slide's heading flat, continuation slides included. Loading and saving
// keeps Chromium's structure tree, so the PDF stays tagged.
import type { PDFRef } from 'pdf-lib'
import type { Deck, OutlineEntry } from '../pipeline/index.ts'
import type { DeckPages } from './deck-pages.ts'
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'
import { deckOutline, langTags, plainTitle } from '../pipeline/index.ts'

/** What a PDF of the talk carries besides its pages and metadata. */
export interface PdfExtras {
  /** Bookmarks: chapters and their sections, by slide index (one page per slide). */
  outline?: OutlineEntry[]
  /** Document language, e.g. `zh-CN`. */
  lang?: string
}

// Write `entries` as the children of `parent`; returns how many items are open below it.
function writeItems(document: PDFDocument, entries: OutlineEntry[], parent: PDFRef): { first?: PDFRef, last?: PDFRef, count: number } {
  const pages = document.getPages()
  const refs = entries.map(() => document.context.nextRef())
  let count = 0
  entries.forEach((entry, index) => {
    const page = pages[Math.min(entry.slide, pages.length - 1)]!
    const children = writeItems(document, entry.children, refs[index]!)
    const item = document.context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: PDFArray.withContext(document.context),
    })
    const dest = item.get(PDFName.of('Dest')) as PDFArray
    dest.push(page.ref)
    dest.push(PDFName.of('XYZ'))
    dest.push(PDFNull)
    dest.push(PDFNull)
    dest.push(PDFNull)
    if (index > 0)
      item.set(PDFName.of('Prev'), refs[index - 1]!)
    if (index < entries.length - 1)
      item.set(PDFName.of('Next'), refs[index + 1]!)
    if (children.first && children.last) {
      item.set(PDFName.of('First'), children.first)
      item.set(PDFName.of('Last'), children.last)
      // Chapters open, so their sections show without a click.
      item.set(PDFName.of('Count'), PDFNumber.of(children.count))
    }
    document.context.assign(refs[index]!, item)
    count += 1 + children.count
  })
  return { first: refs[0], last: refs.at(-1), count }
}

/** Replace `document`'s outline with `extras.outline` and set its language. */
export function addOutline(document: PDFDocument, extras: PdfExtras): void {
  if (extras.lang)
    document.catalog.set(PDFName.of('Lang'), PDFHexString.fromText(extras.lang))
  if (!extras.outline?.length || !document.getPageCount())
    return
  const root = document.context.nextRef()
  const items = writeItems(document, extras.outline, root)
  document.context.assign(root, document.context.obj({ Type: 'Outlines', First: items.first!, Last: items.last!, Count: PDFNumber.of(items.count) }))
  document.catalog.set(PDFName.of('Outlines'), root)
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** The bookmarks and language of `deck`'s PDF. */
export function pdfExtras(deck: Deck): PdfExtras {
  return { outline: deckOutline(deck), lang: langTags[deck.lang] }
}

/** The PDF Chromium printed of `deck`, with its bookmarks, language, title, subject and author; rejects when a page is missing or extra. */
export async function finishPdf(printed: Uint8Array, deck: DeckPages, extras: PdfExtras): Promise<Uint8Array> {
  const document = await PDFDocument.load(printed)
  if (document.getPageCount() !== deck.count)
    throw new Error(`Cannot finish the PDF: printed ${document.getPageCount()} pages, expected one per slide (${deck.count})`)
  addOutline(document, extras)
  if (deck.title)
    document.setTitle(plainTitle(deck.title))
  if (deck.subject)
    document.setSubject(deck.subject)
  if (deck.author)
    document.setAuthor(deck.author)
  return document.save()
}
