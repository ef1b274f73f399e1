// What becomes of the points a chart draws: a list item (or the quote of its claim) the
// chart shows instead goes to the notes only; drawn sub-items leave their bullet.
import type { Point } from '../3-points/point.ts'
import { toString } from 'mdast-util-to-string'

/** First and last article line a point stands for. */
export type Span = [number, number]

/** Whether `span` holds article line `line`. */
export const covers = (span: Span | undefined, line: number): boolean => Boolean(span && span[0] <= line && line <= span[1])

// Compared without spaces or punctuation: a label keeps a sentence's words, not always its commas.
const bare = (text: string): string => text.replace(/[\s\p{P}]+/gu, '')

// The text a bullet shows, compared bare.
const shownBare = (point: Point): string => bare(point.item ? toString(point.item) : '')

// Whether the bullet says what one of the chart's entries says (one holds the other), or
// names a bar or card with its figure ("…为使用者（73.37%）" beside the bar 使用者 73.37%).
function saysEntry(point: Point, entries: string[], figures: Array<[string, string]>): boolean {
  const shown = shownBare(point)
  const holds = (text: string, least: number): boolean => bare(text).length >= least && shown.includes(bare(text))
  return shown.length >= 4 && (entries.some((entry) => {
    const said = bare(entry)
    return said.length >= 4 && (shown.includes(said) || said.includes(shown))
  }) || figures.some(([label, figure]) => holds(label, 2) && holds(figure, 2)))
}

// A sentence that, without the cards' labels and figures, still says this much says more than
// the cards do ("OpenAI在ChatGPT中引入图像生成功能，一周内带来了1亿注册用户"): it is their caption.
const CLAIM = 12

/** Whether `point` says more than the stat cards with `figures` (label and figure of each) show. */
function saysMore(point: Point, figures: Array<[string, string]>): boolean {
  const rest = figures.flat().map(bare).filter(Boolean).reduce((text, said) => text.split(said).join(''), shownBare(point))
  return [...rest].length >= CLAIM
}

/** Whether the chart draws `point` itself (its list item, a sentence of its paragraph that an entry repeats, or the quote of its claim): the slide shows the chart instead. `figures`: label and figure of each bar or card; `cards`: the chart is stat cards, which draw a figure but not the claim around it. */
export function drawn(point: Point, span: Span | undefined, lines: number[], entries: string[], figures: Array<[string, string]> = [], cards = false): boolean {
  // A table the chart draws as bars goes to the notes, as the chart's own table does.
  if (point.kind === 'quote' || (point.kind === 'block' && point.notes.some(node => node.type === 'table')))
    return lines.some(line => covers(span, line))
  if (point.kind !== 'bullet' || span === undefined || !lines.includes(span[0]))
    return false
  return Boolean(point.group) || (saysEntry(point, entries, figures) && !(cards && saysMore(point, figures)))
}

/** A bullet without the sub-items the chart draws (they stay in its notes). */
export function withoutSubItems(point: Point, lines: number[]): Point {
  const source = point.notes[0]?.type === 'list' ? point.notes[0].children[0] : undefined
  const sublist = source?.children.find(child => child.type === 'list')
  const shown = point.item?.children.find(child => child.type === 'list')
  if (!point.item || !sublist || !shown || shown.type !== 'list')
    return point
  const keep = sublist.children.map(item => !lines.includes(item.position?.start.line ?? -1))
  if (keep.every(Boolean))
    return point
  const children = shown.children.filter((_, i) => keep[i] ?? true)
  const rest = point.item.children.filter(child => child !== shown)
  return { ...point, item: { ...point.item, children: children.length ? [...rest, { ...shown, children }] : rest } }
}
