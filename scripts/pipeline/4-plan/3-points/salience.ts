// How much a sentence says about its section or article, and the order to offer sentences
// in. Signals, each scaled to about 0..1 and weighted in shared/tuning.ts: centrality as
// mean cosine with the other sentences (so a long sentence is not central merely for having
// many words), likeness to the title, position, length, figures, dates and names, a
// quotation opening, an announcement or an opening that leans on the sentence before
// (announcements.ts), the author's bold and list items.
// The order is MMR: each next sentence the best once its likeness to those above is counted
// against it. Extractive and deterministic: words come from Intl.Segmenter, nothing is learnt.
import type { Lang } from '../../model/deck.ts'
import { memo } from '../../shared/memo.ts'
import { weights } from '../../shared/tuning.ts'
import { isCjkLang } from '../../text/article-lang.ts'
import { wordSegmenters } from '../../text/segmenters.ts'
import { announces, leansBack } from './announcements.ts'

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
  /** What a slide would show of it, when that is less than the sentence (its short key point). */
  shown?: string
}

/** The scorer's weights (shared/tuning.ts), replaceable for tuning. */
export type Weights = typeof weights

const stop = new Set(['the', 'and', 'for', 'that', 'with', 'this', 'are', 'was', 'were', 'has', 'have', 'its', 'from', 'into', 'but', 'not', 'can', 'also', 'which', 'their', 'they', 'been', 'more', 'than', 'these', 'there', '这一', '一个', '这个', '我们', '他们', '它们', '以及', '可以', '进行', '已经', '其中', '因此', '这些', '通过', '成为', '能够', '没有'])
const figure = /\d[\d.,]*\s*(?:[%％倍亿万千百元BMKx×个款种天周月年]|分钟|小时)|[$¥€£]\s?\d/u
const date = /(?:19|20)\d\d\s*年|\d{1,2}\s*月|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:19|20)\d\d\b/u
const names = /\p{Script=Han}{1,4}·\p{Script=Han}{1,6}|(?<=\s)[A-Z][a-z]*[A-Z0-9][\w.-]*|(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/gu
const quoteOpening = /^["“「『]/u

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

function cosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size)
    return 0
  let shared = 0
  for (const word of a)
    shared += b.has(word) ? 1 : 0
  return shared / Math.sqrt(a.size * b.size)
}

/** The signals of one sentence, each about 0..1 (1 or 0 for yes/no ones). */
export interface Features {
  central: number
  title: number
  early: number
  first: number
  length: number
  figure: number
  date: number
  names: number
  quoted: number
  announces: number
  leansBack: number
  bold: number
  item: number
}

/** The signals of each of `sentences` (in text order), with the words each was judged by. */
export function sentenceFeatures(sentences: Cues[], lang: Lang, title = '', scale: Pick<Weights, 'positionScale' | 'fullLength'> = weights): { features: Features[], sets: Set<string>[] } {
  const sets = sentences.map(sentence => new Set(words(sentence.text, lang)))
  const heading = new Set(words(title, lang))
  const others = Math.max(1, sets.length - 1)
  const features = sentences.map((sentence, index): Features => {
    const set = sets[index]!
    const central = sets.reduce((sum, other, at) => at === index ? sum : sum + cosine(set, other), 0) / others
    const text = sentence.text.trim()
    return {
      central,
      title: cosine(set, heading),
      early: 1 / (1 + index / scale.positionScale),
      first: sentence.first ? 1 : 0,
      // A slide credits the words it shows: a long sentence cut to a short point says what the point says.
      length: Math.min(1, (sentence.shown === undefined ? set.size : new Set(words(sentence.shown, lang)).size) / scale.fullLength),
      figure: figure.test(text) ? 1 : 0,
      date: date.test(text) ? 1 : 0,
      names: Math.min(3, text.match(names)?.length ?? 0) / 3,
      quoted: quoteOpening.test(text) ? 1 : 0,
      announces: announces(text) ? 1 : 0,
      leansBack: leansBack(text) ? 1 : 0,
      bold: sentence.bold ? 1 : 0,
      item: sentence.item ? 1 : 0,
    }
  })
  return { features, sets }
}

/** The weighted sum of a sentence's signals. */
export function combine(features: Features, weight: Weights = weights): number {
  let sum = 0
  for (const key of Object.keys(features) as (keyof Features)[])
    sum += weight[key] * features[key]
  return sum
}

/** A score per sentence of one section (in text order), higher for what the talk should show; below zero for announcements. */
export function salience(sentences: Cues[], lang: Lang, title = ''): number[] {
  return sentenceFeatures(sentences, lang, title).features.map(features => combine(features))
}

/**
 * Indices of `scores` best first by MMR: each next the highest once `redundancy` times its
 * greatest cosine with one already placed is taken off; ties keep text order.
 */
export function diverseOrder(scores: number[], sets: Set<string>[], redundancy = weights.redundancy): number[] {
  const left = scores.map((_, index) => index)
  const likeness = scores.map(() => 0)
  const order: number[] = []
  while (left.length) {
    let best = 0
    for (let at = 1; at < left.length; at++) {
      const [a, b] = [left[at]!, left[best]!]
      if (scores[a]! - redundancy * likeness[a]! > scores[b]! - redundancy * likeness[b]!)
        best = at
    }
    const [chosen] = left.splice(best, 1)
    order.push(chosen!)
    for (const index of left)
      likeness[index] = Math.max(likeness[index]!, cosine(sets[index]!, sets[chosen!]!))
  }
  return order
}

/** A sentence by where it stands: its paragraph, then its place in that paragraph (both from 0). */
export interface SentencePlace { paragraph: number, sentence: number }

/**
 * Every sentence of `input` best first: the scorer and order the planner chooses key points
 * by. `weight` replaces the weights of shared/tuning.ts, for the bench's tuning only.
 */
export function rankSentences(input: { title?: string, paragraphs: string[][] }, lang: Lang = 'en', weight: Weights = weights): SentencePlace[] {
  const places = input.paragraphs.flatMap((paragraph, at) => paragraph.map((_, sentence) => ({ paragraph: at, sentence })))
  const cues = input.paragraphs.flatMap(paragraph => paragraph.map((text, sentence): Cues => ({ text, first: sentence === 0, bold: false, item: false })))
  const { features, sets } = sentenceFeatures(cues, lang, input.title, weight)
  return diverseOrder(features.map(row => combine(row, weight)), sets, weight.redundancy).map(index => places[index]!)
}
