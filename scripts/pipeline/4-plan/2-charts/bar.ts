import type { BarChart, Figure } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'
// Bars: two or more comparable figures (same unit) in one list or one sentence, e.g.
// subscription prices per month, or "Llama 4 Scout和Maverick分别是109B和400B".
import type { ChartHandler } from './context.ts'
import type { FigureMatch, FigureUnit } from './extract/figures.ts'
import type { Unit } from './extract/section-units.ts'
import { figureLabel } from './extract/figure-label.ts'
import { figuresOf } from './extract/figures.ts'
import { respectively } from './respectively.ts'

interface Found { unit: Unit, figure: FigureMatch, label: string }

const UNIT_TEXT: Record<Lang, Record<FigureUnit, string>> = {
  zh: { USD: '美元', CNY: '元', params: '参数', bytes: '字节', percent: '%', count: '' },
  ja: { USD: 'ドル', CNY: '元', params: 'パラメータ', bytes: 'バイト', percent: '%', count: '' },
  en: { USD: 'USD', CNY: 'CNY', params: 'parameters', bytes: 'bytes', percent: '%', count: '' },
}

/** Figures of one sentence, labelled (pairing names "respectively" when the text does). */
function sentenceFigures(unit: Unit): Found[] {
  const figures = figuresOf(unit)
  const names = respectively(unit.text, figures)
  return figures.map((figure, i) => ({ unit, figure, label: names?.[i] ?? figureLabel(unit, figure, figures, 'name') }))
}

/** First figure of each item of a list, plus figures of the intro sentences with the same unit and period. */
function listFigures(items: Unit[], intro: Unit[]): Found[] {
  const found = items.flatMap((unit) => {
    const figures = figuresOf(unit)
    const figure = figures[0]
    return figure ? [{ unit, figure, label: figureLabel(unit, figure, figures, 'name') }] : []
  })
  const key = found[0]?.figure
  // The intro only adds to a comparison the list already makes; one list figure and one
  // intro figure are usually about different things.
  if (found.length < 2)
    return found
  const lead = intro.flatMap(sentenceFigures).filter(f => key && f.figure.unit === key.unit && f.figure.perMonth === key.perMonth)
  return [...lead, ...found]
}

/** Largest run of figures sharing the first figure's unit, one per label. */
function comparable(found: Found[]): Found[] {
  const counts = new Map<FigureUnit, number>()
  found.forEach(f => counts.set(f.figure.unit, (counts.get(f.figure.unit) ?? 0) + 1))
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  const seen = new Set<string>()
  return found.filter(f => f.figure.unit === unit && !seen.has(f.label) && seen.add(f.label))
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
function groups(units: Unit[]): Found[][] {
  const out: Found[][] = []
  // Items by list and sentences by source line, gathered once: a section may hold thousands of units.
  const lists = groupBy(units.filter(u => u.kind === 'item'), u => u.list)
  const sentences = groupBy(units.map((u, i) => ({ u, i })).filter(({ u }) => u.kind === 'sentence'), ({ u }) => u.source.line)
  const seen = new Set<number | undefined>()
  units.forEach((unit, i) => {
    // A unit with fewer than two figures compares nothing: its group is dropped, so no label is worked out.
    out.push(figuresOf(unit).length >= 2 ? sentenceFigures(unit) : [])
    if (unit.kind === 'item' && !seen.has(unit.list)) {
      seen.add(unit.list)
      const intro = (sentences.get(units[i - 1]?.source.line ?? Number.NaN) ?? []).filter(sentence => sentence.i < i).map(({ u }) => u)
      out.push(listFigures(lists.get(unit.list)!, intro))
    }
  })
  // `comparable` never adds figures: groups of fewer than two are left out before it.
  return out.filter(g => g.length >= 2).map(comparable).filter(g => g.length >= 2)
}

/** Bar chart of the section's largest group of comparable figures. */
export const chartBar: ChartHandler = (units, context): BarChart | undefined => {
  const best = groups(units).sort((a, b) => b.length - a.length)[0]
  const first = best?.[0]
  if (!best || !first)
    return undefined
  const items: Figure[] = best.map(f => ({ label: f.label, value: f.figure.value, display: f.figure.display }))
  const perMonth = best.some(f => f.figure.perMonth)
  const unitText = UNIT_TEXT[context.lang][first.figure.unit] + (perMonth ? (context.lang === 'en' ? '/month' : '/月') : '')
  return { type: 'bar', ...(unitText ? { unit: unitText } : {}), items, source: first.unit.source, lines: best.map(f => f.unit.source.line) }
}
