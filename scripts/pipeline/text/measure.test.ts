import fc from 'fast-check'
import { firstSentenceEnd, isCjk, sentenceEnds, width } from './measure.ts'

describe('width', () => {
  it('counts CJK as one em and Latin as about half', () => {
    expect(width('推理能力')).toBe(4)
    expect(width('abcd')).toBeCloseTo(2.2)
  })
})

describe('sentences', () => {
  it('ends Chinese sentences at 。 and keeps closing quotes', () => {
    const text = '他说："好。"然后走了。最后'
    expect(sentenceEnds(text)).toEqual([7, 12, 14])
  })
  it('leaves an opening straight quote to the next sentence', () => {
    const text = '最明显的定义。"提示注入"听起来像"注入提示"。'
    expect(sentenceEnds(text)[0]).toBe(7)
  })
  it('does not split at decimal points or abbreviations inside words', () => {
    expect(firstSentenceEnd('GPT-5.1 is out. Next')).toBe(15)
  })
  it.each([
    ['TL;DR: it is fast. More', 'TL;DR: it is fast.'],
    ['In 1998 Eric S. Raymond wrote it. More', 'In 1998 Eric S. Raymond wrote it.'],
    ['It is fast; it is small. More', 'It is fast;'],
    ['He left? Yes. More', 'He left?'],
    ['It adds subtle paths - i.e. if a method is nil it panics. More', 'It adds subtle paths - i.e. if a method is nil it panics.'],
    ['Some tools (e.g. gopls) help. More', 'Some tools (e.g. gopls) help.'],
    ['Rust vs. Go is old news. More', 'Rust vs. Go is old news.'],
    ['We use apples, pears, etc. More', 'We use apples, pears, etc.'],
  ])('ends %s after "%s"', (text, first) => {
    expect(text.slice(0, firstSentenceEnd(text))).toBe(first)
  })
})

describe('isCjk', () => {
  it('tells Chinese from English', () => {
    expect(isCjk('2025年是大型语言模型（LLM）领域发展的重要转折点')).toBe(true)
    expect(isCjk('A review of the year in LLMs')).toBe(false)
  })

  // The judgement as first written, one character at a time.
  const byCharacter = (text: string): boolean => {
    const letters = text.replace(/[\s\d\p{P}]/gu, '')
    const count = letters.length - letters.replace(/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu, '').length
    const characters = letters.length - (letters.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0)
    return letters.length > 0 && count / characters > 0.3
  }

  it('judges any mix of scripts, spaces, digits and punctuation as one character at a time would', () => {
    const piece = fc.constantFrom('年', '语言', 'LLM', 'a', ' ', '\n', '，', '。', '（', '1', '2025', '한', 'ｱ', '😀', '—', '!', '\u3000')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map(parts => parts.join('')), text => isCjk(text) === byCharacter(text)), { numRuns: 500 })
  })
})

describe('an enumerator run into prose', () => {
  it.each([
    ['There are two ways: 1. mix storage, all share. 2. separate storage, and flush. The design chose the latter.', ['There are two ways: 1. mix storage, all share.', ' 2. separate storage, and flush.', ' The design chose the latter.']],
    ['We shipped Go 1. Then we rested.', ['We shipped Go 1.', ' Then we rested.']],
  ])('%s', (text, expected) => {
    let start = 0
    expect(sentenceEnds(text).map((end) => {
      const sentence = text.slice(start, end)
      start = end
      return sentence
    })).toEqual(expected)
  })
})
