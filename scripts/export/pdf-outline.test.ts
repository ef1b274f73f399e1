import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { pdfBookmarks } from '../../test/support/pdf-outline.ts'
import { addOutline, finishPdf } from './pdf-outline.ts'

it('writes bookmarks that point at their pages, sections under chapters, and the language', async () => {
  const document = await PDFDocument.create()
  for (let page = 0; page < 4; page++)
    document.addPage([100, 60])
  addOutline(document, { lang: 'zh-CN', outline: [{ title: '封面', slide: 0, children: [] }, { title: '一、推理', slide: 1, children: [{ title: '1.1 突破', slide: 2, children: [] }, { title: '1.2 应用', slide: 3, children: [] }] }] })
  const bytes = await document.save()
  expect(await pdfBookmarks(bytes)).toEqual([
    { title: '封面', page: 0, children: [] },
    { title: '一、推理', page: 1, children: [{ title: '1.1 突破', page: 2, children: [] }, { title: '1.2 应用', page: 3, children: [] }] },
  ])
  const loaded = await PDFDocument.load(bytes)
  expect(loaded.catalog.lookup(PDFName.of('Lang'), PDFHexString).decodeText()).toBe('zh-CN')
})

// A printed PDF as Chromium tags it: a structure tree and MarkInfo in the catalog.
async function printed(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  for (let page = 0; page < pages; page++)
    document.addPage([100, 60])
  document.catalog.set(PDFName.of('MarkInfo'), document.context.obj({ Marked: true }))
  document.catalog.set(PDFName.of('StructTreeRoot'), document.context.register(document.context.obj({ Type: 'StructTreeRoot' })))
  return document.save()
}

describe('finishPdf', () => {
  const deck = { count: 2, width: 980, height: 552, exportFilename: 'talk', title: 'Talk', subject: 'About', author: 'Me' }

  it('adds bookmarks and metadata and keeps the structure tree (the PDF stays tagged)', async () => {
    const bytes = await finishPdf(await printed(2), deck, { lang: 'en-US', outline: [{ title: 'One', slide: 1, children: [] }] })
    const loaded = await PDFDocument.load(bytes)
    expect(loaded.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined()
    expect(loaded.catalog.get(PDFName.of('MarkInfo'))).toBeDefined()
    expect([loaded.getTitle(), loaded.getSubject(), loaded.getAuthor()]).toEqual(['Talk', 'About', 'Me'])
    expect(await pdfBookmarks(bytes)).toEqual([{ title: 'One', page: 1, children: [] }])
  })

  it.each([1, 3])('refuses %i printed pages for 2 slides', async (pages) => {
    await expect(finishPdf(await printed(pages), deck, {})).rejects.toThrow(`printed ${pages} pages, expected one per slide (2)`)
  })
})
