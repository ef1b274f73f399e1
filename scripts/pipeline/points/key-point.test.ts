import type { Paragraph } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../text/phrasing.ts'
import { keyPoint } from './key-point.ts'

function point(markdown: string, budget = 40): string {
  const paragraph = unified().use(remarkParse).parse(markdown).children[0] as Paragraph
  return toMarkdown({ type: 'paragraph', children: keyPoint(paragraph.children, budget) }).trim()
}

describe('keyPoint', () => {
  it('keeps a bold lead phrase with its first clause', () => {
    expect(point('**AI辅助搜索的突破**：将搜索引擎与LLM连接的效果在2025年真正得到改善。即使是复杂的调研问题，也能解答。'))
      .toBe('**AI辅助搜索的突破**：将搜索引擎与LLM连接的效果在2025年真正得到改善')
  })
  it('takes the first sentence, shortened at a clause boundary', () => {
    expect(point('2025年初，"智能体"（Agent）概念经历了从模糊到清晰的演变过程。年初时，几乎每个人都有不同的定义。', 24))
      .toBe('2025年初，"智能体"（Agent）概念经历了从模糊到…')
  })
  it('uses the sentence around a bold phrase', () => {
    expect(point('Some context first. Then **the key idea** matters here. More text follows.'))
      .toBe('Then **the key idea** matters here')
  })
  it('marks a hard cut with an ellipsis', () => {
    expect(point('Supercalifragilisticexpialidocious words keep going without any punctuation at all for a long while', 20))
      .toMatch(/…$/)
  })
  it('keeps inline code', () => {
    const paragraph = unified().use(remarkParse).parse('Use `sed` and `bash` daily.').children[0] as Paragraph
    expect(plainText(keyPoint(paragraph.children, 40))).toBe('Use sed and bash daily')
  })
})
