// A chart's data as rows of text: the one plain form behind the notes table, the PPTX
// tables and the SVG's text alternative, so all three say what the chart draws.
// Components import it directly (it is pure and imports types only).
import type { Chart, GrowthChart } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'

/** A chart as a table of text. */
export interface ChartRows {
  /** Column headings. */
  columns: string[]
  /** One row per bar, card, event, entry or doubling. */
  rows: string[][]
}

// Column words live here rather than in text/labels.ts: only this table uses them.
const words = {
  zh: { item: '项目', value: '数值', date: '日期', event: '事件', group: '所属', rank: '名次', name: '名称', note: '说明', month: '月份', times: '倍数', term: '术语', gloss: '释义', definition: '定义' },
  ja: { item: '項目', value: '値', date: '日付', event: '出来事', group: '区分', rank: '順位', name: '名前', note: '備考', month: '月', times: '倍率', term: '用語', gloss: '訳語', definition: '定義' },
  en: { item: 'Item', value: 'Value', date: 'Date', event: 'Event', group: 'Group', rank: 'Rank', name: 'Name', note: 'Note', month: 'Month', times: 'Times', term: 'Term', gloss: 'Gloss', definition: 'Definition' },
}

type Words = typeof words.en

/** Months and multiples at each doubling the growth curve marks with a dot. */
export function doublings(chart: GrowthChart): Array<{ month: number, times: number }> {
  const period = chart.doublingMonths > 0 ? chart.doublingMonths : 1
  const span = chart.months > 0 ? chart.months : period * 4
  return Array.from({ length: Math.floor(span / period) + 1 }, (_, k) => ({ month: k * period, times: 2 ** k }))
}

const byType: { [T in Chart['type']]: (chart: Extract<Chart, { type: T }>, w: Words) => ChartRows } = {
  bar: (chart, w) => chart.groups
    ? { columns: [w.item, ...chart.groups], rows: chart.items.map(item => [item.label, item.display, ...(item.more ?? []).map(bar => bar.display)]) }
    : { columns: [w.item, chart.unit ? `${w.value} (${chart.unit})` : w.value], rows: chart.items.map(item => [item.label, item.display]) },
  stat: (chart, w) => ({ columns: [w.item, w.value], rows: chart.items.map(item => [item.label, item.display]) }),
  timeline: (chart, w) => {
    const grouped = chart.events.some(event => event.group)
    return { columns: grouped ? [w.date, w.event, w.group] : [w.date, w.event], rows: chart.events.map(event => grouped ? [event.display, event.label, event.group ?? ''] : [event.display, event.label]) }
  },
  ranking: (chart, w) => ({ columns: [w.rank, w.name, w.note], rows: chart.items.map(item => [String(item.rank), item.label, item.note ?? '']) }),
  growth: (chart, w) => ({ columns: [w.month, `${chart.label} (${w.times})`], rows: doublings(chart).map(point => [String(point.month), `${point.times}×`]) }),
  glossary: (chart, w) => ({ columns: [w.term, w.gloss, w.definition], rows: chart.items.map(item => [item.term, item.gloss ?? '', item.definition]) }),
}

/** `chart` as rows of text, with column headings in `lang`. */
export function chartRows(chart: Chart, lang: Lang): ChartRows {
  const rows = byType[chart.type] as (chart: Chart, w: Words) => ChartRows
  return rows(chart, words[lang])
}
