import type { Lang } from '../../model/deck.ts'
import { englishWords, isWeakPoint, saysNothing } from './weak-point.ts'

// Key points that say nothing by themselves (shown only when nothing better is left), and whole ones.
const cases: ReadonlyArray<readonly [string, Lang, boolean]> = [
  ['2025年11月左右', 'zh', true],
  ['北京时间', 'zh', true],
  ['美国时间 3 月 5 日', 'zh', true],
  ['在2024年初', 'zh', true],
  ['2025年11月左右发布了新版本', 'zh', false],
  ['36%', 'zh', false],
  ['2021年12月', 'ja', true],
  ['12', 'ja', false],
  ['Each year', 'en', true],
  ['See #28491 for more info', 'en', true],
  ['Click here to watch the stream', 'en', true],
  ['点击这里观看第一天完整直播', 'zh', true],
  ['详见附录', 'zh', true],
  ['December 17, 2021 by Jesslyn Tannady and Rick Hanlon', 'ja', true],
  ['December 17, 2021 by Jesslyn Tannady and Rick Hanlon', 'en', true],
  ['Written by Jesslyn Tannady', 'en', false],
  ['Cheers, Ryan', 'en', true],
  ['Cheers,Ryan', 'en', true],
  ['Thanks to everyone who helped', 'en', false],
  ['Rust 1.65 stabilizes generic associated types', 'en', false],
]

describe('saysNothing', () => {
  it.each(cases)('%s (%s) → %s', (text, lang, expected) => {
    expect(saysNothing(text, lang)).toBe(expected)
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
