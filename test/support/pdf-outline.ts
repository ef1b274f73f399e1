// Read a PDF's bookmarks back with pdf-lib: title, 0-based page and children of each.
import type { PDFDict } from 'pdf-lib'
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

/** One bookmark as read from a PDF. */
export interface Bookmark {
  title: string
  page: number
  children: Bookmark[]
}

function items(document: PDFDocument, first: unknown, pages: PDFRef[]): Bookmark[] {
  const found: Bookmark[] = []
  let ref = first instanceof PDFRef ? first : undefined
  while (ref) {
    const item = document.context.lookup(ref) as PDFDict
    const title = item.lookup(PDFName.of('Title'))
    const dest = item.lookup(PDFName.of('Dest'))
    const target = dest instanceof PDFArray ? dest.get(0) : undefined
    found.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      page: pages.findIndex(page => target instanceof PDFRef && page.toString() === target.toString()),
      children: items(document, item.get(PDFName.of('First')), pages),
    })
    const next = item.get(PDFName.of('Next'))
    ref = next instanceof PDFRef ? next : undefined
  }
  return found
}

/** The bookmarks of the PDF `bytes`. */
export async function pdfBookmarks(bytes: Uint8Array): Promise<Bookmark[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false })
  const outlines = document.catalog.lookup(PDFName.of('Outlines'))
  if (!outlines)
    return []
  return items(document, (outlines as PDFDict).get(PDFName.of('First')), document.getPages().map(page => page.ref))
}
