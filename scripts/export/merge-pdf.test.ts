import type { DeckPages } from './slide-keys.ts'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { pdfBookmarks } from '../../test/support/pdf-outline.ts'
import { mergePdf, wholePdf } from './merge-pdf.ts'
import { mergePlan } from './merge-plan.ts'

const deck: DeckPages = { keys: [], width: 980, height: 552, exportFilename: 'talk', title: 'Talk', author: 'Me' }

// A PDF whose pages are told apart by their width.
async function pdf(widths: number[]): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (const width of widths)
    document.addPage([width, 100]).drawText(String(width), { x: 10, y: 10, font })
  return document.save()
}

async function shelf(widths: number[]): Promise<ReturnType<typeof wholePdf>> {
  return wholePdf(await pdf(widths), widths.length)
}

async function widths(bytes: Uint8Array): Promise<number[]> {
  return (await PDFDocument.load(bytes)).getPages().map(page => page.getWidth())
}

describe('mergePdf', () => {
  it('puts reused and printed pages in deck order, with the deck metadata', async () => {
    const plan = mergePlan(['a', 'b', 'c'], ['a', 'B', 'c', 'd'])
    const merged = await mergePdf(plan, deck, await pdf([201, 202]), await shelf([100, 101, 102]))
    expect(await widths(merged)).toEqual([100, 201, 102, 202])
    const document = await PDFDocument.load(merged)
    expect([document.getTitle(), document.getAuthor()]).toEqual(['Talk', 'Me'])
  })

  it('gives a merged PDF the deck\'s bookmarks, pointing at the merged pages', async () => {
    const outline = [{ title: 'One', slide: 0, children: [{ title: '1.1', slide: 1, children: [] }] }, { title: 'End', slide: 3, children: [] }]
    const merged = await mergePdf(mergePlan(['a', 'b', 'c'], ['a', 'B', 'c', 'd']), deck, await pdf([201, 202]), await shelf([100, 101, 102]), { outline, lang: 'en-US' })
    expect(await pdfBookmarks(merged)).toEqual([{ title: 'One', page: 0, children: [{ title: '1.1', page: 1, children: [] }] }, { title: 'End', page: 3, children: [] }])
  })

  it('gives a repeated page its own copy', async () => {
    const merged = await mergePdf(mergePlan(['a', 'b'], ['b', 'b']), deck, undefined, await shelf([100, 101]))
    const document = await PDFDocument.load(merged)
    expect(document.getPages().map(page => page.getWidth())).toEqual([101, 101])
    expect(document.getPages()[0]!.ref).not.toEqual(document.getPages()[1]!.ref)
  })

  it('takes pages from several earlier PDFs, and keeps one PDF reused whole and in order as it is', async () => {
    const files = [await pdf([100, 101]), await pdf([200, 201])]
    const mixed = { files, pages: [{ file: 1, page: 1 }, { file: 0, page: 0 }, { file: 1, page: 0 }] }
    expect(await widths(await mergePdf(mergePlan(['x', 'y', 'z'], ['y', 'x', 'z']), deck, undefined, mixed))).toEqual([100, 201, 200])
    const whole = { files, pages: [{ file: 1, page: 0 }, { file: 1, page: 1 }] }
    const kept = await PDFDocument.load(await mergePdf(mergePlan(['a', 'b'], ['a', 'b']), deck, undefined, whole))
    // The second file's own document, described: its producer line is pdf-lib's, its pages its own.
    expect(kept.getPages().map(page => page.getWidth())).toEqual([200, 201])
    expect(kept.getTitle()).toBe('Talk')
  })

  it('refuses a print with the wrong number of pages', async () => {
    await expect(mergePdf(mergePlan(['a'], ['b', 'c']), deck, await pdf([1]), await shelf([2]))).rejects.toThrow('printed 1 pages, expected 2')
  })
})
