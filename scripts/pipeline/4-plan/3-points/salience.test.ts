import type { Cues, Features } from './salience.ts'
import { diverseOrder, rankSentences, salience, sentenceFeatures, words } from './salience.ts'

const plain = (text: string, first = false): Cues => ({ text, first, bold: false, item: false })

describe('words', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    expect(words('推理能力成为所有主流LLM的标配功能', 'zh')).toEqual(expect.arrayContaining(['推理', '能力', 'llm']))
  })
})

describe('sentenceFeatures', () => {
  // Each row: sentences, title, the sentence asked about, the signal, its expected value.
  it.each<[string, string[], string, number, keyof Features, number]>([
    ['a figure', ['Sales rose 40% last year.'], '', 0, 'figure', 1],
    ['no figure', ['Sales rose last year.'], '', 0, 'figure', 0],
    ['a date', ['The study ended in March 2024.'], '', 0, 'date', 1],
    ['names past the first word', ['Officials said Bob Vogel and Marcia McNutt spoke at the National Mall.'], '', 0, 'names', 1],
    ['no names', ['They spoke at length.'], '', 0, 'names', 0],
    ['a quotation opening', ['"This is the most significant earthquake," she said.'], '', 0, 'quoted', 1],
    ['an announcement', ['In this post we look at caches.'], '', 0, 'announces', 1],
    ['the first sentence is earliest', ['One thing.', 'Another thing.'], '', 0, 'early', 1],
    ['position halves after the position scale', ['a', 'b', 'c', 'd'], '', 3, 'early', 0.5],
    ['the title as a query', ['Monument repairs begin soon.'], 'Monument repairs', 0, 'title', 2 / Math.sqrt(4 * 2)],
    ['no title, no likeness', ['Monument repairs begin soon.'], '', 0, 'title', 0],
    ['length counts content words up to full length', ['Monument repairs begin soon.'], '', 0, 'length', 4 / 8],
    ['a pronoun opening leans back', ['It also found that most models snitch.'], '', 0, 'leansBack', 1],
  ])('%s', (_, texts, title, index, signal, expected) => {
    const { features } = sentenceFeatures(texts.map(text => plain(text)), 'en', title, { positionScale: 3, fullLength: 8 })
    expect(features[index]![signal]).toBeCloseTo(expected, 6)
  })

  it('credits the length a slide shows, not the whole sentence', () => {
    const long = 'Reasoning models plan tasks, call tools, read results, revise plans and finish long jobs.'
    const { features } = sentenceFeatures([plain(long), { ...plain(long), shown: 'Reasoning models plan tasks' }], 'en', '', { positionScale: 3, fullLength: 8 })
    expect([features[0]!.length, features[1]!.length]).toEqual([1, 4 / 8])
  })

  it('does not count a long sentence as central for its length alone', () => {
    const { features } = sentenceFeatures([
      plain('Reasoning models plan tasks.'),
      plain('Reasoning models plan tasks with tools.'),
      plain('Reasoning models, said the report, which covered budgets, weather, travel, football, music, elections and gardens, plan tasks.'),
    ], 'en')
    expect(features[0]!.central).toBeGreaterThan(features[2]!.central)
  })
})

describe('salience', () => {
  it('ranks a figure-carrying sentence above an announcement, which scores below zero', () => {
    const [announce, figure] = salience([
      plain('本文将从多个维度全面梳理关键进展。', true),
      plain('2024年9月，OpenAI通过o1模型开启了推理革命。'),
    ], 'zh')
    expect(figure!).toBeGreaterThan(announce!)
    expect(announce!).toBeLessThan(0)
  })
  it('ranks the content above the sentence announcing it', () => {
    const [announce, content] = salience([
      plain('2025年5月，Claude 4的系统卡片包含了一些特别有趣的内容。', true),
      plain('在测试中，Claude 4 Opus会试图通过威胁工程师来避免被替换。'),
    ], 'zh')
    expect(content!).toBeGreaterThan(announce!)
  })
  it('rewards sentences that share the section’s words', () => {
    const scores = salience([
      plain('Reasoning models use tools to plan tasks.'),
      plain('Reasoning models debug code with tools.'),
      plain('The weather was pleasant.'),
    ], 'en')
    expect(scores[1]!).toBeGreaterThan(scores[2]!)
  })
})

describe('diverseOrder', () => {
  const sets = [['cache', 'build', 'speed'], ['cache', 'build', 'speed'], ['tests', 'flaky', 'retry']].map(list => new Set(list))
  it.each([
    ['without redundancy, by score', 0, [0, 1, 2]],
    ['a repeat falls below a different sentence', 0.5, [0, 2, 1]],
  ])('%s', (_, redundancy, expected) => {
    expect(diverseOrder([3, 2.9, 2.6], sets, redundancy)).toEqual(expected)
  })
})

describe('rankSentences', () => {
  it('puts the sentence that states the news above the one that reacts to it', () => {
    const ranked = rankSentences({
      title: 'Monument to reopen after quake repairs',
      paragraphs: [
        ['The Washington Monument will reopen in May after repairs to quake damage, officials said Thursday.'],
        ['"We are thrilled," one visitor said.'],
        ['The repairs to the monument cost $15 million, split between the government and a donor.'],
      ],
    }, 'en')
    expect(ranked[0]).toEqual({ paragraph: 0, sentence: 0 })
    expect(ranked.at(-1)).toEqual({ paragraph: 1, sentence: 0 })
  })
})
