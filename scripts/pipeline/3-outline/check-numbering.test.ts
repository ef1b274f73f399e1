import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { checkNumbering, chineseNumber } from './check-numbering.ts'
import { outline } from './outline.ts'

describe('checkNumbering', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十一'), chineseNumber('二十三')]).toEqual([1, 10, 11, 23])
  })
  it('warns about a section numbered for another chapter, at its heading', () => {
    const file = new VFile({ path: 'a.md' })
    const tree = unified().use(remarkParse).parse('## 十一、新词\n\n### 11.1 一\n\n### 12.2 二\n\n## 12. Next\n\n### 12.1 ok\n') as Root
    checkNumbering(outline(tree, {}), file)
    expect(file.messages.map(m => `${m.line}:${m.column} ${m.reason}`)).toEqual(['5:1 Section “12.2 二” is numbered for chapter 12 but sits under chapter 11 “十一、新词”'])
  })
})
