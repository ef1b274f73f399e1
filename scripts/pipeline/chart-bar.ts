// Bars: two or more comparable figures (same unit) in one list or one sentence, e.g.
// subscription prices per month, or "Llama 4 Scout和Maverick分别是109B和400B".
import type { ChartHandler } from './chart-context.ts'
import type { BarChart, Figure } from './chart-model.ts'
import type { FigureMatch, FigureUnit } from './extract-figures.ts'
import type { Lang } from './model.ts'
import type { Unit } from './section-units.ts'
import { extractFigures } from './extract-figures.ts'
import { figureLabel } from './figure-label.ts'
import { respectively } from './respectively.ts'

interface Found { unit: Unit, figure: FigureMatch, label: string }

const UNIT_TEXT: Record<Lang, Record<FigureUnit, string>> = {
  zh: { USD: '美元', CNY: '元', params: '参数', bytes: '字节', percent: '%', count: '' },
  en: { USD: 'USD', CNY: 'CNY', params: 'parameters', bytes: 'bytes', percent: '%', count: '' },
}

/** Figures of one sentence, labelled (pairing names "respectively" when the text does). */
function sentenceFigures(unit: Unit): Found[] {
  const figures = extractFigures(unit.text)
  const names = respectively(unit.text, figures)
  return figures.map((figure, i) => ({ unit, figure, label: names?.[i] ?? figureLabel(unit, figure, figures, 'name') }))
}

/** First figure of each item of a list, plus figures of the intro sentences with the same unit and period. */
function listFigures(items: Unit[], intro: Unit[]): Found[] {
  const found = items.flatMap((unit) => {
    const figures = extractFigures(unit.text)
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

/** Candidate groups: each sentence or item alone, and each list with its intro paragraph. */
function groups(units: Unit[]): Found[][] {
  const out: Found[][] = []
  const lists = new Set<number | undefined>()
  units.forEach((unit, i) => {
    out.push(sentenceFigures(unit))
    if (unit.kind === 'item' && !lists.has(unit.list)) {
      lists.add(unit.list)
      const intro = units.slice(0, i).filter(u => u.kind === 'sentence' && u.source.line === units[i - 1]?.source.line)
      out.push(listFigures(units.filter(u => u.list === unit.list), intro))
    }
  })
  return out.map(comparable).filter(g => g.length >= 2)
}

/** Bar chart of the section's largest group of comparable figures. */
export const chartBar: ChartHandler = (units, context): BarChart | undefined => {
  const best = groups(units).sort((a, b) => b.length - a.length)[0]
  const first = best?.[0]
  if (!best || !first)
    return undefined
  const items: Figure[] = best.map(f => ({ label: f.label, value: f.figure.value, display: f.figure.display }))
  const perMonth = best.some(f => f.figure.perMonth)
  const unitText = UNIT_TEXT[context.lang][first.figure.unit] + (perMonth ? (context.lang === 'zh' ? '/月' : '/month') : '')
  return { type: 'bar', ...(unitText ? { unit: unitText } : {}), items, source: first.unit.source }
}
