import { fixPart } from './fix-package.ts'

it('points a Japanese deck\'s East Asian text at Noto Sans JP', () => {
  expect(fixPart('<a:ea typeface="Noto Sans" charset="-128"/>', 'Noto Sans JP')).toBe('<a:ea typeface="Noto Sans JP" charset="-128"/>')
})

it('points East Asian text at Noto Sans SC', () => {
  expect(fixPart('<a:latin typeface="Noto Sans"/><a:ea typeface="Noto Sans" charset="-122"/>')).toBe('<a:latin typeface="Noto Sans"/><a:ea typeface="Noto Sans SC" charset="-122"/>')
})

it('keeps the paragraph properties of a paragraph\'s first run only', () => {
  const first = '<a:pPr marL="1"><a:buChar char="•"/></a:pPr>'
  const xml = `<a:p>${first}<a:r><a:t>A</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>B</a:t></a:r><a:br/><a:pPr/><a:r><a:t>C</a:t></a:r></a:p>`
  expect(fixPart(xml)).toBe(`<a:p>${first}<a:r><a:t>A</a:t></a:r><a:r><a:t>B</a:t></a:r><a:br/><a:r><a:t>C</a:t></a:r></a:p>`)
})
