// How much a sentence says about its section: centrality (how many of its words the
// section's other sentences share, LexRank-style on word overlap) blended with cues an
// author leaves: a bold lead, figures, dates and names, a paragraph's first sentence.
// Extractive and deterministic: words come from Intl.Segmenter, nothing is learnt.
import type { Lang } from '../model/deck.ts'
import { memo } from '../shared/memo.ts'
import { isCjkLang } from '../text/article-lang.ts'
import { wordSegmenters } from '../text/segmenters.ts'

/** What the scorer knows about one candidate sentence. */
export interface Cues {
  /** The sentence's plain text. */
  text: string
  /** It opens its paragraph (a topic sentence). */
  first: boolean
  /** It holds the author's bold lead phrase or a bold phrase. */
  bold: boolean
  /** It is a list item. */
  item: boolean
}

const stop = new Set(['the', 'and', 'for', 'that', 'with', 'this', 'are', 'was', 'were', 'has', 'have', 'its', 'from', 'into', 'but', 'not', 'can', 'also', 'which', 'their', 'they', 'been', 'more', 'than', 'these', 'there', '这一', '一个', '这个', '我们', '他们', '它们', '以及', '可以', '进行', '已经', '其中', '因此', '这些', '通过', '成为', '能够', '没有'])
const figure = /\d[\d.,]*\s*(?:[%％倍亿万千百元BMKx×个款种天周月年]|分钟|小时)|[$¥€£]\s?\d/u
const date = /(?:19|20)\d\d\s*年|\d{1,2}\s*月|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:19|20)\d\d\b/u
const name = /\p{Script=Han}{1,4}·\p{Script=Han}{1,6}|\b[A-Z][a-z]*[A-Z0-9][\w.-]*|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/u
/** Openings that announce rather than say: the talk can drop them. */
export const leadIn = /^(?:本文将|本文从|本节|本章|下面|接下来|总之|综上所述|值得注意的是|值得一提的是|需要指出的是|不难发现|可以说|In this (?:section|article|post|chapter)|This (?:section|article|post) (?:will|describes|covers)|We will|Let'?s|As (?:we|I) (?:said|mentioned)|Note that|It is worth noting that)/iu

// A Japanese word all in hiragana is a particle, an auxiliary or an ending (して, ます, という):
// the content words are written in kanji, katakana or Latin letters.
const kanaOnly = /^\p{Script=Hiragana}+$/u

function segmentWords(text: string, lang: Lang): readonly string[] {
  const found: string[] = []
  for (const piece of wordSegmenters[lang].segment(text)) {
    const word = piece.segment.toLowerCase()
    if (piece.isWordLike && !stop.has(word) && !(lang === 'ja' && kanaOnly.test(word)) && (isCjkLang(lang) ? [...word].length >= 2 || /[a-z\d]/u.test(word) : word.length >= 3))
      found.push(word)
  }
  return found
}

// Segmenting is the dearest step of planning; a live edit leaves most sentences as they were.
const remembered = { zh: memo(text => segmentWords(text, 'zh')), en: memo(text => segmentWords(text, 'en')), ja: memo(text => segmentWords(text, 'ja')) }

/** Content words of `text`, lower-cased (shared: do not change the array). */
export function words(text: string, lang: Lang): readonly string[] {
  return remembered[lang](text)
}

// Share of the section's other sentences that use each of this sentence's words, averaged.
function centrality(sets: Set<string>[]): number[] {
  const counts = new Map<string, number>()
  for (const set of sets) {
    for (const word of set)
      counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const others = Math.max(1, sets.length - 1)
  return sets.map((set) => {
    let shared = 0
    for (const word of set)
      shared += ((counts.get(word) ?? 1) - 1) / others
    return set.size ? shared / Math.sqrt(set.size) : 0
  })
}

/** A score per sentence of one section, higher for what the talk should show. */
export function salience(sentences: Cues[], lang: Lang): number[] {
  const central = centrality(sentences.map(sentence => new Set(words(sentence.text, lang))))
  const top = Math.max(...central, 1e-9)
  return sentences.map((sentence, index) => {
    const cues = (sentence.bold ? 1.5 : 0) + (sentence.first ? 1 : 0) + (sentence.item ? 0.5 : 0)
      + (figure.test(sentence.text) ? 0.8 : 0) + (date.test(sentence.text) ? 0.4 : 0) + (name.test(sentence.text) ? 0.5 : 0)
    const early = 0.6 / (1 + index / 3)
    const meta = leadIn.test(sentence.text.trim()) ? -10 : 0
    return 1.5 * central[index]! / top + cues + early + meta
  })
}
