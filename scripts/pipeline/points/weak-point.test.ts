import type { Lang } from '../model/deck.ts'
import { englishWords, isWeakPoint, saysNothing } from './weak-point.ts'

describe('saysNothing', () => {
  it.each([
    // A bare date, with its time zone or approximation.
    ['2025年11月左右', true],
    ['北京时间 2024年3月', true],
    ['截至2024年底', true],
    // A pointer to more reading.
    ['See #28491 for more info', true],
    ['详见附录', true],
    ['更多细节请参阅官方文档', true],
    ['The benchmark table has the details, for more information.', true],
    // A point that says something, dated or not.
    ['模型在2025年11月发布', false],
    ['2025年，推理模型成为主流', false],
    ['Seen from the outside, the team shipped weekly', false],
  ])('%s → %s', (text, expected) => {
    expect(saysNothing(text)).toBe(expected)
  })
})

describe('isWeakPoint', () => {
  it.each<[string, Lang, boolean]>([
    ['2025年11月左右', 'zh', true],
    ['See #28491 for more info', 'en', true],
    // A fragment: it ends on a word that wants more.
    ['The cost of', 'en', true],
    ['The model beats its rivals on cost', 'en', false],
    ['推理能力成为主流模型的标配', 'zh', false],
  ])('%s (%s) → %s', (text, lang, expected) => {
    expect(isWeakPoint(text, lang)).toBe(expected)
  })
})

describe('englishWords', () => {
  it.each([
    ['GPT-4.5 is out', 3],
    ['it\'s 3.5x faster', 3],
    ['A well-known, often-cited result.', 4],
    ['', 0],
    ['— !', 0],
  ])('%s → %i', (text, expected) => {
    expect(englishWords(text)).toBe(expected)
  })
})
