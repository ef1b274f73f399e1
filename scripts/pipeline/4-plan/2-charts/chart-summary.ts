// What a screen reader hears for a chart: a title (the chart's own, else its kind) and a
// description listing every entry with its figure, in the article's words.
import type { Chart } from '../../model/chart.ts'

const CJK = /[\u3400-\u9FFF]/
const KINDS: Record<Chart['type'], [zh: string, en: string]> = {
  bar: ['条形图', 'Bar chart'],
  stat: ['关键数字', 'Key figures'],
  timeline: ['时间线', 'Timeline'],
  ranking: ['排名', 'Ranking'],
  growth: ['增长曲线', 'Growth curve'],
  glossary: ['术语表', 'Glossary'],
}

type Describe<T extends Chart> = (chart: T) => string[]
const DESCRIBE: { [K in Chart['type']]: Describe<Extract<Chart, { type: K }>> } = {
  bar: chart => chart.items.map(i => `${i.label}: ${[i.display, ...(i.more ?? []).map(bar => bar.display)].filter(Boolean).join(' / ')}`),
  stat: chart => chart.items.map(i => `${i.label}: ${i.display}`),
  timeline: chart => chart.events.map(e => `${e.display}: ${e.label}`),
  ranking: chart => chart.items.map(i => `${i.rank}. ${i.label}${i.note ? ` (${i.note})` : ''}`),
  growth: chart => [`${chart.label}: ${chart.display}`, ...(chart.marks ?? []).map(m => `${m.label}: ${m.display}`)],
  glossary: chart => chart.items.map(i => `${i.term}${i.gloss ? ` (${i.gloss})` : ''}: ${i.definition}`),
}

/** Kind, title and description of `chart` for assistive technology (the kind alone names the SVG's `<title>`, so no article text sits in it). */
export function chartSummary(chart: Chart): { kind: string, title: string, desc: string } {
  const entries = (DESCRIBE[chart.type] as Describe<Chart> | undefined)?.(chart) ?? []
  const zh = CJK.test(`${chart.title ?? ''}${entries.join('')}`)
  const kind = KINDS[chart.type]?.[zh ? 0 : 1] ?? ''
  return { kind, title: chart.title ? `${kind}: ${chart.title}` : kind, desc: entries.join(zh ? '；' : '; ') }
}
