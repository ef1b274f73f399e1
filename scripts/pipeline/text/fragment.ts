// Whether a shown text reads as a piece cut out of a clause ("Okay, but what", "任何新的 CSS
// 功能可能需要"), for `talkdown stats` and the corpus baseline. A stopgap on the planner's
// own word lists (points/weak-point.ts): the language layer will decide it from parts of
// speech behind the same signature.
import type { Lang } from '../model/deck.ts'
import { isWeakPoint } from '../points/weak-point.ts'
import { wordSegmenters } from './segmenters.ts'

/** Whether every bracket and double quote of `text` that opens also closes. */
export function balanced(text: string): boolean {
  const count = (char: string): number => text.split(char).length - 1
  return count('"') % 2 === 0 && count('“') === count('”') && count('「') === count('」') && count('（') === count('）') && count('(') === count(')') && count('《') === count('》')
}

// A sentence end (closing quotes and brackets after it allowed): what follows it is whole.
const sentenceEnd = /[.!?。！？…]["'”’」』）)\]】]*$/u
// Marks that announce more: a clause or a list goes on after them; a backslash is TeX cut off.
const openEnd = /[,，、:：;；\\\-–—(（[【「『《“‘]$/u
// "E.g", "i.e." and "vs." introduce what the cut left out.
const abbreviationEnd = /\b(?:e\.\s?g|i\.\s?e|cf|viz|vs)\.?$/iu
// English words that want what follows them, besides those isWeakPoint knows.
const englishOpen = new Set(['also', 'some', 'any', 'each', 'every', 'both', 'either', 'neither', 'what', 'how', 'why', 'whether', 'just', 'even', 'many', 'much', 'few', 'several', 'other', 'another', 'including', 'such'])
// Chinese words that want an object or a clause after them ("可能需要", "用于", "比如").
const chineseOpen = new Set(['需要', '用于', '以及', '方面', '期间', '主要', '为了', '除了', '比如', '例如', '譬如', '诸如', '像', '像是', '如', '通过', '关于', '对于', '基于', '根据', '随着', '为了', '以便', '能够', '可以', '应该', '必须', '可能', '会', '要', '想', '让', '使得', '包含', '成为', '作为', '来自', '属于', '提供', '还有', '就是', '即', '也', '一个', '一种', '一些', '许多', '很多', '大量', '更多', '各种', '所有', '这些', '那些', '某些', '其他', '其它'])
// A modifier right after a verb's 了/有/是 wants its noun: "提供了前所未有" (的机遇).
const chineseBareModifier = /[了有是](?:前所未有|空前|巨大|全新|重要|显著|独特)$/u
// A Japanese piece that opens on a particle lost the words before it ("に、5 年と 4 ヶ月…");
// one that ends on a case particle or a conjunction lost the words after it.
const japaneseParticleStart = /^(?:には|では|とは|にも|から|まで|より|[にをはがでへともの])(?=\P{Script=Hiragana})/u
const japaneseOpenEnd = /(?:[をにがでへとのはもや]|から|まで|より|けど|ので|ため)$/u
// A demonstrative after a preposition is a pronoun, not a determiner wanting its noun: "for that".
const englishPronounEnd = /\b(?:for|of|to|with|about|like|on|in|at|by|from|after|before|than) (?:that|this|these|those)$/iu
// A pronoun or adverb standing alone (a chart label "It", "There", "我们") names nothing.
const lonely = { en: new Set(['it', 'you', 'them', 'us', 'me', 'him', 'one', 'there', 'here', 'now', 'then', 'also', 'too']), zh: new Set(['我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '这', '那', '此', '其', '本', '这里', '那里', '现在', '然后', '也']) }
// A bare place or time phrase ("在第二天的主题演讲中") is where something happened, without
// what happened; a lone classifier first ("次下载量") lost the number before it.
const chinesePlaceOnly = /^在[^，,。；;：:]{1,20}[中里上时后前下内]$/u
const chineseClassifiers = new Set(['次', '个', '位', '名', '款', '家', '项', '条', '件', '种', '台', '篇', '份'])
// isWeakPoint tests a Chinese point's last character: 普及 or 目的 ends on 及 or 的 but is a
// whole word, so the word segmenter gets the last say on these characters; and a final 了
// ends a sentence as often as it wants an object ("年度报告发布了"): only parts of speech can tell.
const chineseWeakCharacter = /[是为的了之和与及或在对把被将等其向从给让使]$/u
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Whether `text`, shown on a slide as a key point or label, stops where a clause was cut: it wants more words to read whole. */
export function isFragment(text: string, lang: Lang): boolean {
  const trimmed = text.replace(/\s+/gu, ' ').trim()
  if (!trimmed)
    return false
  if (!balanced(trimmed) || openEnd.test(trimmed) || abbreviationEnd.test(trimmed))
    return true
  if (kana.test(trimmed) && (japaneseParticleStart.test(trimmed) || (!sentenceEnd.test(trimmed) && japaneseOpenEnd.test(trimmed))))
    return true
  if (sentenceEnd.test(trimmed))
    return false
  const words = [...wordSegmenters[lang].segment(trimmed)].filter(part => part.isWordLike).map(part => part.segment)
  const last = words.at(-1) ?? ''
  return (words.length === 1 && lonely[lang].has(last.toLowerCase()))
    || (isWeakPoint(trimmed, lang) && !(lang === 'zh' && (last === '了' || ([...last].length > 1 && chineseWeakCharacter.test(last)))) && !(lang === 'en' && englishPronounEnd.test(trimmed)))
    || (lang === 'en' && englishOpen.has(last.toLowerCase()))
    || (lang === 'zh' && (chineseOpen.has(last) || chineseBareModifier.test(trimmed) || chinesePlaceOnly.test(trimmed) || chineseClassifiers.has(words[0] ?? '')))
}
