// A chart entry whose label says nothing ("Since", "We", "$350", "进度在", "にはデジタル庁…")
// is worse than none: the audience reads meaning into it. Entries are kept only when the
// language layer says their label names something; a chart left with too few is not drawn.
import type { Chart } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'
import { namesSomething } from '../../text/lang/index.ts'

// A comparison needs two entries; one striking figure with a real label can still be a stat card.
const fewest: Record<Chart['type'], number> = { bar: 2, ranking: 2, timeline: 2, stat: 1, growth: 1, glossary: 1 }

function keep<T>(entries: T[], lines: number[] | undefined, says: (entry: T) => boolean): { entries: T[], lines?: number[] } {
  const kept = entries.map(says)
  return { entries: entries.filter((_, index) => kept[index]), lines: lines && lines.length === entries.length ? lines.filter((_, index) => kept[index]) : lines }
}

/** `chart` with only the entries whose label names something, or undefined when too few are left. */
export function wellLabelled(chart: Chart, lang: Lang): Chart | undefined {
  let result: Chart = chart
  if (chart.type === 'bar' || chart.type === 'stat') {
    const { entries, lines } = keep(chart.items, chart.lines, item => namesSomething(item.label, lang, item.display))
    result = { ...chart, items: entries, lines }
  }
  else if (chart.type === 'ranking') {
    const { entries, lines } = keep(chart.items, chart.lines, item => namesSomething(item.label, lang))
    result = { ...chart, items: entries, lines }
  }
  else if (chart.type === 'timeline') {
    const { entries, lines } = keep(chart.events, chart.lines, event => namesSomething(event.label, lang, event.display, 'event'))
    result = { ...chart, events: entries, lines }
  }
  const count = result.type === 'timeline' ? result.events.length : result.type === 'growth' ? 1 : result.items.length
  return count >= fewest[result.type] ? result : undefined
}
