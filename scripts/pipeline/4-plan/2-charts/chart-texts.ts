// The texts a chart shows (labels, terms, figures and dates as the article writes them):
// what a slide beside it must not repeat, and what must never be cut.
import type { Chart } from '../../model/chart.ts'

type Texts<T extends Chart> = (chart: T) => string[]
const TEXTS: { [K in Chart['type']]: Texts<Extract<Chart, { type: K }>> } = {
  bar: chart => chart.items.flatMap(i => [i.label, i.display, ...(i.more ?? []).map(bar => bar.display)]),
  stat: chart => chart.items.flatMap(i => [i.label, i.display]),
  timeline: chart => chart.events.flatMap(e => [e.label, e.display]),
  ranking: chart => chart.items.flatMap(i => [i.label, ...(i.note ? [i.note] : [])]),
  growth: chart => [chart.label, chart.display, ...(chart.marks ?? []).flatMap(m => [m.label, m.display])],
  glossary: chart => chart.items.flatMap(i => [i.term, ...(i.gloss ? [i.gloss] : []), i.definition]),
}

/** Every text `chart` shows, in its order. */
export function chartTexts(chart: Chart): string[] {
  return (TEXTS[chart.type] as Texts<Chart>)(chart)
}

/** Entry names of `chart` (bar and stat labels, event labels, ranked names, mark labels, terms): what a bullet that repeats the chart names. */
export function chartEntries(chart: Chart): string[] {
  switch (chart.type) {
    case 'bar': case 'stat': case 'ranking': return chart.items.map(i => i.label)
    case 'timeline': return chart.events.map(e => e.label)
    case 'growth': return (chart.marks ?? []).map(m => m.display)
    case 'glossary': return chart.items.map(i => i.term)
  }
}

/** Label and figure (as the article writes it) of each bar or stat card of `chart`; none for other charts. */
export function chartFigures(chart: Chart): Array<[string, string]> {
  return chart.type === 'bar' || chart.type === 'stat' ? chart.items.map(item => [item.label, item.display]) : []
}
