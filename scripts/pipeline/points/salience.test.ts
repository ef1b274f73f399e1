import { salience, words } from './salience.ts'

describe('words', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    expect(words('推理能力成为所有主流LLM的标配功能', 'zh')).toEqual(expect.arrayContaining(['推理', '能力', 'llm']))
  })
})

describe('salience', () => {
  it('ranks a figure-carrying topic sentence above an announcement', () => {
    const [announce, figure] = salience([
      { text: '本文将从多个维度全面梳理关键进展。', first: true, bold: false, item: false },
      { text: '2024年9月，OpenAI通过o1模型开启了推理革命。', first: false, bold: false, item: false },
    ], 'zh')
    expect(figure!).toBeGreaterThan(announce!)
    expect(announce!).toBeLessThan(0)
  })
  it('rewards sentences that share the section’s words', () => {
    const scores = salience([
      { text: 'Reasoning models use tools to plan tasks.', first: false, bold: false, item: false },
      { text: 'Reasoning models debug code with tools.', first: false, bold: false, item: false },
      { text: 'The weather was pleasant.', first: false, bold: false, item: false },
    ], 'en')
    expect(scores[1]!).toBeGreaterThan(scores[2]!)
  })
})
