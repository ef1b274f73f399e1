// A key point short enough to read at a glance: one phrase or clause, about 28 Chinese
// characters or 10 English words, cut where a clause or phrase ends (never mid-word,
// never with "…"), without lead-ins such as "值得注意的是" and, when that is what it
// takes, without parentheticals.
import type { PhrasingContent } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import { memo } from '../../shared/memo.ts'
import { clauseWords, pointBudget, wholeSentence } from '../../shared/tuning.ts'
import { isCjkLang, textLang } from '../../text/article-lang.ts'
import { balanced, clauseMark, givesReasonOnly, handsOn, isFragment, isLabel, leadIn, openingFrame, opensOnSubject, wholeUpTo, words } from '../../text/lang/index.ts'
import { sentenceEnds, width } from '../../text/measure.ts'
import { boundaryText, plainText, slicePhrasing } from '../../text/phrasing.ts'
import { announcingHead } from './announcements.ts'
import { englishWords, saysNothing } from './weak-point.ts'

const trailing = /[\s，,：:、；;。.！!？?—–]+$/u
// A number alone in brackets, "(2)", is a reference to an equation or a step, not an aside.
const parenthetical = /（[^（）]*）|\s?\((?!\d+\))[^()]*\)/gu
// Words that open a phrase of their own: a cut before one ends a phrase, not a word.
const phraseOpeners = new Set(['adp', 'cconj', 'sconj'])

/** Whether `text` is short enough for a key point. */
export function fitsPoint(text: string, lang: Lang): boolean {
  return isCjkLang(lang) ? width(text) <= pointBudget.zh : englishWords(text) <= pointBudget.en && width(text) <= pointBudget.zh * 1.6
}

function shortEnough(text: string, lang: Lang): boolean {
  return isCjkLang(lang) ? width(text) >= pointBudget.zh / 4 : englishWords(text) >= 3
}

// Offsets into the original text of each character kept (lead-in and, optionally, parentheticals
// dropped, except one the words before it want: "Items marked with (R) are required").
function kept(text: string, from: number, to: number, dropAsides: boolean, lang: Lang): number[] {
  const skip = new Set<number>()
  if (dropAsides) {
    for (const match of text.slice(from, to).matchAll(parenthetical)) {
      if (lang === 'en' && isFragment(text.slice(from, from + match.index), lang))
        continue
      for (let at = match.index; at < match.index + match[0].length; at++)
        skip.add(from + at)
    }
  }
  return Array.from({ length: to - from }, (_, index) => from + index).filter(at => !skip.has(at))
}

// Whether `text`, a whole clause, is short enough for a key point.
function fitsClause(text: string, lang: Lang): boolean {
  return isCjkLang(lang) ? fitsPoint(text, lang) : englishWords(text) <= clauseWords && width(text) <= pointBudget.zh * 1.8
}

function clauseEnd(view: string, lang: Lang): number | undefined {
  let best: number | undefined
  for (let at = 1; at < view.length; at++) {
    const head = view.slice(0, at)
    // A colon before digits or a slash is a time or an address's ("https://…"), no clause end.
    if (clauseMark(lang).test(view[at]!) && !/[\d/]/u.test(view[at + 1] ?? '') && fitsClause(head, lang) && shortEnough(head, lang) && wholeUpTo(view, at, lang) && !saysNothing(head, lang))
      best = at
  }
  return best
}

// The longest head of `view` that fits and that the language layer calls whole, preferring one
// that ends where a phrase does (before a preposition or conjunction, or at a comma).
function phraseEnd(view: string, lang: Lang): number | undefined {
  let phrase: number | undefined
  let word: number | undefined
  for (const next of words(view, lang)) {
    const raw = view.slice(0, next.start).trimEnd()
    const head = raw.replace(/[、,，:：;；—–\s]+$/u, '')
    // In Chinese 、 separates the items of a list: a cut there leaves the list half said.
    if (lang === 'zh' && raw.endsWith('、'))
      continue
    // A word or two ("延续") is no point, though the layer may call it whole.
    if (!head || !fitsPoint(head, lang) || !shortEnough(head, lang) || !wholeUpTo(view, head.length, lang) || saysNothing(head, lang))
      continue
    word = head.length
    if (phraseOpeners.has(next.pos) || raw !== head)
      phrase = head.length
  }
  // A phrase boundary reads best, unless a word boundary keeps much more.
  return phrase !== undefined && (word === undefined || width(view.slice(0, phrase)) >= width(view.slice(0, word)) * 0.7) ? phrase : word
}

// A Chinese or Japanese sentence ends on its main clause ("…を生成しますが、React 17 および 18 でも
// コンパイラが動作するようにサポートを追加しました"): where no head of it is whole, the longest tail after a
// clause mark that fits half again the budget, reads whole and opens on its own subject.
function mainClause(view: string, lang: Lang): number | undefined {
  // From the last mark back, while the tail still fits: a sentence may run 100 KB without a stop.
  let found: number | undefined
  for (let at = view.length - 2; at >= 1; at--) {
    // After a Japanese continuative ("…参加し、登壇し、") the tail is the rest of one list of actions.
    if (!clauseMark(lang).test(view[at]!) || handsOn(view.slice(0, at), lang))
      continue
    const start = at + 1 + (view.slice(at + 1).length - view.slice(at + 1).trimStart().length)
    const tail = view.slice(start)
    if (width(tail) > pointBudget.zh * 1.5)
      break
    // A mark after a name or noun separates the items of a list ("Joe Savona、Ricky Hanlon"), not clauses.
    const before = words(view.slice(Math.max(0, at - 24), at), lang).at(-1)
    if (before && ['noun', 'propn'].includes(before.pos))
      continue
    if (shortEnough(tail, lang) && opensOnSubject(tail, lang) && !givesReasonOnly(tail, lang) && !isFragment(tail, lang) && balanced(tail) && !saysNothing(tail, lang))
      found = start
  }
  return found
}

// A Chinese sentence's opening time clause ("2024年圣诞节，", "截至2025年12月30日，").
const timeClause = /^[^，,：:；;]{0,12}?(?:\d{4}\s*年|\d{1,2}\s*月)[^，,：:；;]{0,8}[，,]\s*/u

// Where no clause ends in the budget, a Chinese sentence goes without its opening time clause if
// the rest then fits ("DeepSeek 3的发布标志着中国开源模型革命的开始"), else whole up to `wholeSentence`
// times the budget: a cut between its words ends mid-phrase ("…证明了开发者对命令行访问"); then the longest head the
// language layer calls whole, else nothing. Range [start, end) of `view`.
function lastResort(view: string, lang: Lang): [number, number] {
  const time = lang === 'zh' ? timeClause.exec(view)?.[0].length ?? 0 : 0
  if (time && fitsClause(view.slice(time), lang) && shortEnough(view.slice(time), lang))
    return [time, view.length]
  if (isCjkLang(lang) && width(view) <= pointBudget.zh * wholeSentence)
    return [0, view.length]
  const main = isCjkLang(lang) ? mainClause(view, lang) : undefined
  if (main !== undefined)
    return [main, view.length]
  // No whole piece fits: the sentence stays in the notes and another point is shown.
  return [0, phraseEnd(view, lang) ?? 0]
}

// Cutting a key point segments its sentence again and again; a live edit leaves most as they were.
const remembered = { zh: memo(text => cutRanges(text, 'zh')), en: memo(text => cutRanges(text, 'en')), ja: memo(text => cutRanges(text, 'ja')) }

/** Plain-text ranges of `text` [from, to) that make its key point (shared: do not change them). */
export function shortRanges(text: string, lang: Lang): ReadonlyArray<readonly [number, number]> {
  return remembered[lang](text)
}

function cutRanges(text: string, lang: Lang): Array<[number, number]> {
  let from = text.length - text.trimStart().length
  // "…包含了一些特别有趣的内容：Claude Opus 4…": the point is what the colon announces.
  from += announcingHead(text.slice(from)) ?? 0
  // Without its lead-in ("However, …", "值得注意的是，…") and, in English, its scene-setting opening ("As Rust grows, …").
  const lead = leadIn(text.slice(from))
  const afterLead = lead && /^[，,、：:\s]+/u.exec(text.slice(from + lead.length))
  if (lead && afterLead && text.length - from - lead.length - afterLead[0].length > 4)
    from += lead.length + afterLead[0].length
  const opening = openingFrame(text.slice(from), lang)
  if (opening && englishWords(text.slice(from + opening.length)) >= 4)
    from += opening.length
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

// A bold label run into its paragraph ("**Step 1.** At the beginning…", "**Lemma.** …"), then the stop or colon after it.
const afterLabel = /^\s*[.:：。]\s*/u

/**
 * Where the text that a run-in bold label heads begins in `nodes`' plain text, and the label; undefined without one.
 * Such a label is no sentence of its own ("Step 1." is no point): it heads the sentence after it.
 */
export function runInLabel(nodes: PhrasingContent[], lang: Lang): { label: PhrasingContent[], rest: number } | undefined {
  const first = nodes.findIndex(node => node.type !== 'text' || node.value.trim())
  const head = nodes[first]
  if (head?.type !== 'strong')
    return undefined
  const lead = plainText(nodes.slice(0, first + 1))
  const own = plainText(head.children)
  const label = own.trim().replace(/[.:：。]$/u, '').trim()
  const text = plainText(nodes)
  // The label ends on its own stop, a stop after it, or (with none) where a capital opens the sentence it heads:
  // "**Rustfix** With all the syntax changes, …".
  const stop = /[.:：。]\s*$/u.test(lead) ? /\s*/u.exec(text.slice(lead.length))![0] : afterLabel.exec(text.slice(lead.length))?.[0] ?? /^\s+(?=\p{Lu})/u.exec(text.slice(lead.length))?.[0]
  if (stop === undefined || !label || !text.slice(lead.length + stop.length).trim() || !isLabel(label, lang))
    return undefined
  // The label keeps its links and formulas ("**[1.2](…) — Parallel Codegen:**").
  const from = own.length - own.trimStart().length
  return { label: slicePhrasing(head.children, from, from + label.length), rest: lead.length + stop.length }
}

/** The key point of inline `nodes`, marks and links kept; a run-in label heads the point of the text it labels ("Step 1: …"). */
export function shortPoint(nodes: PhrasingContent[], lang: Lang): PhrasingContent[] {
  const run = runInLabel(nodes, lang)
  if (run) {
    const rest = shortPoint(slicePhrasing(nodes, run.rest, Number.POSITIVE_INFINITY), lang)
    return plainText(rest).trim() ? [{ type: 'strong', children: run.label }, { type: 'text', value: isCjkLang(lang) ? '：' : ': ' }, ...rest] : rest
  }
  // A sentence with no Chinese or Japanese in it (an English finding a Japanese article quotes) is cut as English.
  const text = boundaryText(nodes)
  const own = textLang(text, lang)
  const shown = shortRanges(text, own).flatMap(([from, to]) => slicePhrasing(nodes, from, to))
  return lang === 'en' ? capitalised(shown) : shown
}

// An English point that starts mid-sentence (its opening dropped) starts with a capital.
function capitalised(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0]
  if (first?.type !== 'text' || !/^[a-z]/u.test(first.value))
    return nodes
  return [{ ...first, value: first.value[0]!.toUpperCase() + first.value.slice(1) }, ...nodes.slice(1)]
}
