// A short label for a figure, taken from the words around it in the article:
// the bold lead-in, a product name right before it ("Llama 3.3 70B"), the noun after
// a count ("1亿注册用户"), or the phrase before it ("英伟达市值损失近5930亿美元").

import type { FigureMatch } from './figures.ts'
import type { Unit } from './section-units.ts'
import { words } from '../../../text/lang/index.ts'
import { wordSegmenters } from '../../../text/segmenters.ts'
import { textWidth } from '../../../text/width.ts'

/** Label strategies: `name` prefers product names (bars), `phrase` prefers wording (stat cards). */
export type LabelMode = 'name' | 'phrase'

const NAME_TOKEN = String.raw`(?:[A-Z][\w.+\-]*|[a-z][a-z+\-]*\d[\w.+\-]*|\d[\w.+\-]*)`
const NAME_AT_END = new RegExp(String.raw`(${NAME_TOKEN}(?: ${NAME_TOKEN})*)\s*$`)
const NAMES = new RegExp(String.raw`${NAME_TOKEN}(?: ${NAME_TOKEN})*`, 'g')
const CLAUSE = /[，,。．；;：:！？!?（）()《》“”"—…]/
const FILLER_END = /(?:仅为|仅|约为|约|达到|[达近是为了\s]|高达|超过|带来|新增|reached|reaches|was|is|of|at|about|around|nearly|over|hit|to)+$/i
const FILLER_START = /^(?:(?:据说|[其而但并]|and|the|its)\s*)+/i
// A chart shows a label whole, on up to two lines: a longer candidate gives way to a shorter one.
const MAX_EM = 24

/** Product name ending right before `index` (only spaces between), if any. */
function nameBefore(text: string, index: number): string | undefined {
  const name = NAME_AT_END.exec(text.slice(0, index))?.[1]
  return name && /[A-Z]/i.test(name) ? name : undefined
}

/** Longest product name in `text` that is not glued to a figure. */
function longestName(text: string, figures: FigureMatch[]): string | undefined {
  const attached = new Set(figures.map(f => nameBefore(text, f.index)))
  const names = [...text.matchAll(NAMES)].map(m => m[0]).filter(n => /[A-Z]{2}/i.test(n) && !attached.has(n) && !figures.some(f => f.display.includes(n)))
  return names.sort((a, b) => b.length - a.length)[0]
}

/** Clause of `text` around `index`: from the previous to the next clause mark. */
function clauseAround(text: string, index: number, length: number): [string, string] {
  const before = text.slice(0, index).split(CLAUSE).pop() ?? ''
  const after = text.slice(index + length).split(CLAUSE)[0] ?? ''
  return [before, after]
}

/** Noun right after a count ("1亿注册用户" → "注册用户"), if any; a measure word the tagger reads with the figure ("6 亿|条仓库事件" is 亿条) is skipped. */
function nounAfter(display: string, after: string): string | undefined {
  const spill = /^\p{Script=Han}/u.test(after) ? words(display + after, 'zh').find(word => word.start < display.length && word.end > display.length && word.pos === 'num') : undefined
  const rest = spill ? after.slice(spill.end - display.length) : after
  const noun = /^\s*(?:[+多余]\s*)?个?([\u4E00-\u9FFF]{2,6}|[A-Z][A-Z ]{2,20}\b)/i.exec(rest)?.[1]?.replace(/的$/, '').trim()
  return noun && noun.length >= 2 ? noun : undefined
}

// "较去年的8.42%": the figure is the earlier period's, and the period is its label.
const EARLIER = /^(?:[较比与]|相比|相较于?)\s*(去年|上年|往年|前年|上一年|上季度|上月)(?:同期)?的?$/u

/** The phrase before the figure, cut after the last digit (an age, "21岁以下", stays whole) and its sign ("入る確率 68.27% 外れる確率": the % is that figure's), stripped of filler words. */
function phraseBefore(before: string): string | undefined {
  const tail = (before.split(/\d(?![\d.]*岁)/u).pop() ?? '').replace(/^[%‰％‱°℃]+/u, '').replace(FILLER_END, '').replace(FILLER_START, '').trim()
  const earlier = EARLIER.exec(tail)?.[1]
  return earlier ?? (tail.length >= 2 ? tail : undefined)
}

/** For a figure in brackets after its noun ("使用者（73.37%）"): the text before the bracket, and its last word when Chinese. */
function bracketed(text: string, index: number): { before: string, word?: string } | undefined {
  const open = /[（(]\s*$/u.exec(text.slice(0, index))
  if (!open)
    return undefined
  const before = text.slice(0, open.index).split(CLAUSE).pop() ?? ''
  const words = [...wordSegmenters.zh.segment(before)].filter(piece => piece.isWordLike).map(piece => piece.segment)
  // A one-character suffix ("参与|者") belongs to the word before it.
  const last = words.at(-1)?.length === 1 ? words.slice(-2).join('') : words.at(-1)
  return { before, word: last && /^\p{Script=Han}{2,}$/u.test(last) ? last : undefined }
}

/** Label for `figure` found in `unit`; `figures` are all figures of the unit. */
export function figureLabel(unit: Unit, figure: FigureMatch, figures: FigureMatch[], mode: LabelMode): string {
  const inBrackets = bracketed(unit.text, figure.index)
  const [around, after] = clauseAround(unit.text, figure.index, figure.display.length)
  const before = inBrackets?.before ?? around
  const direct = inBrackets?.word ?? nameBefore(unit.text, figure.index)
  const noun = figure.unit === 'count' ? nounAfter(figure.display, after) : undefined
  const candidates = mode === 'name'
    ? [unit.lead, unit.bold, direct, longestName(unit.text, figures), phraseBefore(before), noun]
    : [direct, noun, phraseBefore(before), unit.lead]
  const found = candidates.filter((c): c is string => Boolean(c && c.trim())).map(c => c.replace(/\s+/g, ' ').trim())
  const short = found.find(c => textWidth(c) <= MAX_EM)
  return short ?? found.sort((a, b) => textWidth(a) - textWidth(b))[0] ?? figure.display
}
