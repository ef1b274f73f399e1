import type { BarChart, Figure } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'
// Bars: two or more comparable figures (same unit) in one list or one sentence, e.g.
// subscription prices per month, or "Llama 4 Scout和Maverick分别是109B和400B".
import type { ChartHandler } from './context.ts'
import type { FigureMatch, FigureUnit } from './extract/figures.ts'
import type { Unit } from './extract/section-units.ts'
import { changeSign } from '../../text/lang/index.ts'
import { figureLabel } from './extract/figure-label.ts'
import { figuresOf } from './extract/figures.ts'
import { respectively } from './respectively.ts'

// `change`: a percentage the words next to it call a rise (1) or a fall (-1), 0 for any other figure.
interface Found { unit: Unit, figure: FigureMatch, label: string, change: 1 | -1 | 0 }

const UNIT_TEXT: Record<Lang, Record<FigureUnit, string>> = {
  zh: { USD: '美元', CNY: '元', params: '参数', bytes: '字节', percent: '%', count: '' },
  ja: { USD: 'ドル', CNY: '元', params: 'パラメータ', bytes: 'バイト', percent: '%', count: '' },
  en: { USD: 'USD', CNY: 'CNY', params: 'parameters', bytes: 'bytes', percent: '%', count: '' },
}
// The unit of a chart of changes: its bars are rises and falls, not shares.
const CHANGE_TEXT: Record<Lang, string> = { zh: '% 变化', ja: '% 増減', en: '% change' }

// The sign of `figure` of `unit` as a change; only a percentage is read as one.
function changeOf(unit: Unit, figure: FigureMatch, lang: Lang): 1 | -1 | 0 {
  return figure.unit === 'percent' ? changeSign(unit.text, figure.index, figure.index + figure.display.length, lang) : 0
}

/** Figures of one sentence, labelled (pairing names "respectively" when the text does). */
function sentenceFigures(unit: Unit, lang: Lang): Found[] {
  const figures = figuresOf(unit)
  const names = respectively(unit.text, figures)
  return figures.map((figure, i) => ({ unit, figure, label: names?.[i] ?? figureLabel(unit, figure, figures, 'name'), change: changeOf(unit, figure, lang) }))
}

/**
 * First figure of each item of a list, plus figures of the intro sentences with the same unit and period.
 * When an item's figures include a change ("1,011から1,340に33%増加"), each item gives its change instead:
 * the list compares how things moved ("…1,864から1,624に減少しました（13%）" gives -13%).
 */
function listFigures(items: Unit[], intro: Unit[], lang: Lang): Found[] {
  // Each figure's sign read once.
  const signed = items.map(unit => ({ unit, figures: figuresOf(unit).map(figure => ({ figure, change: changeOf(unit, figure, lang) })) }))
  const changes = signed.some(item => item.figures.some(one => one.change))
  const found = signed.flatMap(({ unit, figures }) => {
    const pick = (changes && figures.find(one => one.change)) || figures[0]
    return pick ? [{ unit, figure: pick.figure, label: figureLabel(unit, pick.figure, figuresOf(unit), 'name'), change: pick.change }] : []
  })
  const key = found[0]?.figure
  // The intro only adds to a comparison the list already makes; one list figure and one
  // intro figure are usually about different things.
  if (found.length < 2)
    return found
  const lead = intro.flatMap(unit => sentenceFigures(unit, lang)).filter(f => key && f.figure.unit === key.unit && f.figure.perMonth === key.perMonth && f.change === found[0]!.change)
  return [...lead, ...found]
}

// What a figure measures, for comparing: its unit, and for a percentage whether it is a change (a rise
// of 33% and a share of 33% are not drawn on one scale).
const kindOf = (f: Found): string => `${f.figure.unit}${f.change ? ' change' : ''}`

/** Largest run of figures of the most common kind, one per label. */
function comparable(found: Found[]): Found[] {
  const counts = new Map<string, number>()
  found.forEach(f => counts.set(kindOf(f), (counts.get(kindOf(f)) ?? 0) + 1))
  const kind = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  const seen = new Set<string>()
  return found.filter(f => kindOf(f) === kind && !seen.has(f.label) && seen.add(f.label))
}

// Map.groupBy, which Node 20 lacks.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group)
      group.push(item)
    else
      groups.set(key(item), [item])
  }
  return groups
}

/** Candidate groups: each sentence or item alone, and each list with its intro paragraph. */
function groups(units: Unit[], lang: Lang): Found[][] {
  const out: Found[][] = []
  // Items by list and sentences by source line, gathered once: a section may hold thousands of units.
  const lists = groupBy(units.filter(u => u.kind === 'item'), u => u.list)
  const sentences = groupBy(units.map((u, i) => ({ u, i })).filter(({ u }) => u.kind === 'sentence'), ({ u }) => u.source.line)
  const seen = new Set<number | undefined>()
  units.forEach((unit, i) => {
    // A unit with fewer than two figures compares nothing: its group is dropped, so no label is worked out.
    out.push(figuresOf(unit).length >= 2 ? sentenceFigures(unit, lang) : [])
    if (unit.kind === 'item' && !seen.has(unit.list)) {
      seen.add(unit.list)
      const intro = (sentences.get(units[i - 1]?.source.line ?? Number.NaN) ?? []).filter(sentence => sentence.i < i).map(({ u }) => u)
      out.push(listFigures(lists.get(unit.list)!, intro, lang))
    }
  })
  // `comparable` never adds figures: groups of fewer than two are left out before it.
  return out.filter(g => g.length >= 2).map(comparable).filter(g => g.length >= 2)
}

// A change's figure with its sign, unless the article wrote one.
function signed(display: string, change: 1 | -1): string {
  return /^[+\-−]/u.test(display.trim()) ? display : `${change > 0 ? '+' : '−'}${display}`
}

/** Bar chart of the section's largest group of comparable figures. */
export const chartBar: ChartHandler = (units, context): BarChart | undefined => {
  const best = groups(units, context.lang).sort((a, b) => b.length - a.length)[0]
  const first = best?.[0]
  if (!best || !first)
    return undefined
  // A change is drawn by its size and written with its sign ("+33%", "−13%"): the article's "13%" of a fall is -13.
  const items: Figure[] = best.map(f => ({ label: f.label, value: f.figure.value * (f.change || 1), display: f.change ? signed(f.figure.display, f.change) : f.figure.display }))
  const perMonth = best.some(f => f.figure.perMonth)
  const unitText = first.change ? CHANGE_TEXT[context.lang] : UNIT_TEXT[context.lang][first.figure.unit] + (perMonth ? (context.lang === 'en' ? '/month' : '/月') : '')
  return { type: 'bar', ...(unitText ? { unit: unitText } : {}), items, source: first.unit.source, lines: best.map(f => f.unit.source.line) }
}
