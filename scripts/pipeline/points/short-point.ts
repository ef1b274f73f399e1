// A key point short enough to read at a glance: one phrase or clause, about 28 Chinese
// characters or 10 English words, cut where a clause or phrase ends (never mid-word,
// never with "…"), without lead-ins such as "值得注意的是" and, when that is what it
// takes, without parentheticals.
import type { PhrasingContent } from 'mdast'
import type { Lang } from '../model/deck.ts'
import { memo } from '../shared/memo.ts'
import { sentenceEnds, width } from '../text/measure.ts'
import { plainText, slicePhrasing } from '../text/phrasing.ts'
import { wordSegmenters } from '../text/segmenters.ts'
import { announcingHead } from './announcements.ts'
import { leadIn } from './salience.ts'
import { englishWords, isOpenClause, isWeakPoint } from './weak-point.ts'

/** Widest Chinese key point, in em, and longest English one, in words. */
export const pointBudget = { zh: 28, en: 10 }
// A whole English clause may run to twelve words: cut to ten it would end mid-phrase.
const clauseWords = 12
// An English head that is only an opening phrase ("Of those who used Rust in 2023") is no clause.
const openingOnly = /^(?:Of|In|On|At|For|With|By|From|During|As|When|If|Once|Since|While|Although|Though|After|Before|Whether|Because|Unlike|Like|Despite|Among|Across)\b[^,;:—–]*$/u

const clauseMark = /[，,：:；;—–]/u
const trailing = /[\s，,：:、；;。.！!？?—–]+$/u
const parenthetical = /（[^（）]*）|\s?\([^()]*\)/gu
const phraseStart = { zh: /^(?:[并而且和与及以在从对把被让使将但却因于为]|由于|通过|的时候)/u, en: /^(?:of|in|on|at|for|with|by|from|to|that|which|who|when|while|because|and|but|as|after|before|through|using|via|so)$/iu }
// Connectives that tie a sentence to the one before: a bullet stands alone without them.
const connective = /^(?:因此|所以|此外|同时|另外|然而|但是|不过|而且|并且|其次|首先|最后|当然|事实上|实际上|换句话说|也就是说|However|Therefore|Also|Moreover|In addition|Meanwhile|Finally|Still|Yet|So|But|And)(?=[，,\s])/iu

// An English sentence's introductory adverbial ("As Rust grows, …", "In 2023, …", "This year, …"):
// the bullet keeps the main clause after it.
const intro = /^(?:(?:As|When|If|Once|Since|While|Although|Though|After|Before|Whether)\s[^,;:]{2,60}|(?:In|On|At|For|With|By|From|During|Within|Under|Over|Throughout|Across|Starting(?: in| with| from)?|Beginning(?: in| with)?)\s[^,;:]{1,40}|Again|This year|Last year|Overall|Today|Now|Still|Similarly|Interestingly|Unsurprisingly|Notably|Finally|However|Therefore),\s+/u
/** Whether `text` is short enough for a key point. */
export function fitsPoint(text: string, lang: Lang): boolean {
  return lang === 'zh' ? width(text) <= pointBudget.zh : englishWords(text) <= pointBudget.en && width(text) <= pointBudget.zh * 1.6
}

function shortEnough(text: string, lang: Lang): boolean {
  return lang === 'zh' ? width(text) >= pointBudget.zh / 4 : englishWords(text) >= 3
}

// Offsets into the original text of each character kept (lead-in and, optionally, parentheticals
// dropped, except one the words before it want: "Items marked with (R) are required").
function kept(text: string, from: number, to: number, dropAsides: boolean, lang: Lang): number[] {
  const skip = new Set<number>()
  if (dropAsides) {
    for (const match of text.slice(from, to).matchAll(parenthetical)) {
      if (lang === 'en' && isWeakPoint(text.slice(from, from + match.index), lang))
        continue
      for (let at = match.index; at < match.index + match[0].length; at++)
        skip.add(from + at)
    }
  }
  return Array.from({ length: to - from }, (_, index) => from + index).filter(at => !skip.has(at))
}

// A cut inside quotation marks or brackets would leave them open on the slide.
function balanced(text: string): boolean {
  const count = (char: string): number => text.split(char).length - 1
  return count('"') % 2 === 0 && count('“') === count('”') && count('「') === count('」') && count('（') === count('）') && count('(') === count(')') && count('《') === count('》')
}

// Whether `text`, a whole clause, is short enough for a key point.
function fitsClause(text: string, lang: Lang): boolean {
  return lang === 'zh' ? fitsPoint(text, lang) : englishWords(text) <= clauseWords && width(text) <= pointBudget.zh * 1.8
}

function clauseEnd(view: string, lang: Lang): number | undefined {
  let best: number | undefined
  for (let at = 1; at < view.length; at++) {
    const head = view.slice(0, at)
    if (clauseMark.test(view[at]!) && !/\d/u.test(view[at + 1] ?? '') && fitsClause(head, lang) && shortEnough(head, lang) && balanced(head) && !isOpenClause(head, lang) && !(lang === 'en' && openingOnly.test(head.trim())))
      best = at
  }
  return best
}

function phraseEnd(view: string, lang: Lang): number | undefined {
  const pieces = [...wordSegmenters[lang].segment(view)]
  let phrase: number | undefined
  let word: number | undefined
  for (const piece of pieces) {
    const raw = view.slice(0, piece.index).trimEnd()
    const head = raw.replace(/[、,，]$/u, '')
    if (!head || !fitsPoint(head, lang) || !balanced(head) || isWeakPoint(head, lang))
      continue
    word = head.length
    if ((phraseStart[lang].test(piece.segment) || raw !== head) && shortEnough(head, lang))
      phrase = head.length
  }
  // A phrase boundary reads best, unless a word boundary keeps much more.
  return phrase !== undefined && (word === undefined || width(view.slice(0, phrase)) >= width(view.slice(0, word)) * 0.7) ? phrase : word
}

// A Chinese sentence's opening time clause ("2024年圣诞节，", "截至2025年12月30日，").
const timeClause = /^[^，,：:；;]{0,12}?(?:\d{4}\s*年|\d{1,2}\s*月)[^，,：:；;]{0,8}[，,]\s*/u

// Where no clause ends in the budget, a Chinese sentence goes without its opening time clause if
// the rest then fits ("DeepSeek 3的发布标志着中国开源模型革命的开始"), else whole up to half again the
// budget: a cut between its words ends mid-phrase ("…证明了开发者对命令行访问"). Range [start, end) of `view`.
function lastResort(view: string, lang: Lang): [number, number] {
  const time = lang === 'zh' ? timeClause.exec(view)?.[0].length ?? 0 : 0
  if (time && fitsClause(view.slice(time), lang) && shortEnough(view.slice(time), lang))
    return [time, view.length]
  if (lang === 'zh' && width(view) <= pointBudget.zh * 1.5)
    return [0, view.length]
  return [0, phraseEnd(view, lang) ?? view.length]
}

// Cutting a key point segments its sentence again and again; a live edit leaves most as they were.
const remembered = { zh: memo(text => cutRanges(text, 'zh')), en: memo(text => cutRanges(text, 'en')) }

/** Plain-text ranges of `text` [from, to) that make its key point (shared: do not change them). */
export function shortRanges(text: string, lang: Lang): ReadonlyArray<readonly [number, number]> {
  return remembered[lang](text)
}

function cutRanges(text: string, lang: Lang): Array<[number, number]> {
  let from = text.length - text.trimStart().length
  // "…包含了一些特别有趣的内容：Claude Opus 4…": the point is what the colon announces.
  from += announcingHead(text.slice(from)) ?? 0
  const lead = leadIn.exec(text.slice(from)) ?? connective.exec(text.slice(from))
  const afterLead = lead && /^[，,：:\s]+/u.exec(text.slice(from + lead[0].length))
  if (lead && afterLead && text.length - from - lead[0].length - afterLead[0].length > 4)
    from += lead[0].length + afterLead[0].length
  const opening = lang === 'en' ? intro.exec(text.slice(from)) : null
  if (opening && englishWords(text.slice(from + opening[0].length)) >= 4)
    from += opening[0].length
  // A key point is one sentence: a list item of several stops where its first one ends
  // ("…a subset of Vue features. In particular" ran on), unless that is a word or two ("Yes.")
  // or the stop is inside brackets ("(i.e. …)").
  const sentence = sentenceEnds(text).find(end => end > from && shortEnough(text.slice(from, end), lang) && balanced(text.slice(from, end))) ?? text.length
  const to = from + text.slice(from, sentence).replace(trailing, '').length
  for (const dropAsides of [false, true]) {
    const offsets = kept(text, from, to, dropAsides, lang)
    const view = offsets.map(at => text[at]).join('')
    const end = fitsClause(view, lang) ? view.length : clauseEnd(view, lang)
    if (end !== undefined)
      return runs(offsets.slice(0, view.slice(0, end).replace(trailing, '').length))
    if (dropAsides) {
      const [start, stop] = lastResort(view, lang)
      return runs(offsets.slice(start, start + view.slice(start, stop).replace(trailing, '').length))
    }
  }
  return [[from, to]]
}

function runs(offsets: number[]): Array<[number, number]> {
  const result: Array<[number, number]> = []
  for (const at of offsets) {
    const last = result.at(-1)
    if (last && last[1] === at)
      last[1] = at + 1
    else
      result.push([at, at + 1])
  }
  return result
}

/** The key point of inline `nodes`, marks and links kept. */
export function shortPoint(nodes: PhrasingContent[], lang: Lang): PhrasingContent[] {
  const shown = shortRanges(plainText(nodes), lang).flatMap(([from, to]) => slicePhrasing(nodes, from, to))
  return lang === 'en' ? capitalised(shown) : shown
}

// An English point that starts mid-sentence (its opening dropped) starts with a capital.
function capitalised(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0]
  if (first?.type !== 'text' || !/^[a-z]/u.test(first.value))
    return nodes
  return [{ ...first, value: first.value[0]!.toUpperCase() + first.value.slice(1) }, ...nodes.slice(1)]
}
