import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { pdfBookmarks } from '../../test/support/pdf-outline.ts'
import { addOutline } from './pdf-outline.ts'

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
