import type { Paragraph } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../text/phrasing.ts'
import { findQuote } from './quote.ts'

function quote(markdown: string): { text: string, attribution?: string } | undefined {
  const paragraph = unified().use(remarkParse).parse(markdown).children[0] as Paragraph
  const found = findQuote(paragraph)
  return found && { text: plainText(found.text), attribution: found.attribution }
}

describe('findQuote', () => {
  it('finds a bold quotation and who said it', () => {
    expect(quote('到2025年初，它们发布了。正如研究者安德烈·卡帕西所解读的：**"通过在可自动验证的环境中训练模型，它们自发发展出推理策略。"**'))
      .toEqual({ text: '通过在可自动验证的环境中训练模型，它们自发发展出推理策略。', attribution: '研究者安德烈·卡帕西所解读的' })
  })
  it('finds a quotation after a colon', () => {
    expect(quote('METR总结认为："AI能够完成任务的时长每7个月翻一番。"虽然这种模式可能不会持续。'))
      .toEqual({ text: 'AI能够完成任务的时长每7个月翻一番。', attribution: 'METR总结认为' })
  })
  it('finds English quotations', () => {
    expect(quote('As the report put it: "AI task length doubles every seven months."'))
      .toEqual({ text: 'AI task length doubles every seven months.', attribution: 'As the report put it' })
  })
  it('ignores short quoted words', () => {
    expect(quote('2025年被称为"推理之年"，这一年很重要。')).toBeUndefined()
  })
})
