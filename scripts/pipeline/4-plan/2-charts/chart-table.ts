// A chart's data as a Markdown table for the speaker notes: what a listener who cannot
// see the chart (or a reader of the handout) gets instead of the picture.
import type { Table, TableRow } from 'mdast'
import type { Chart } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'
import { chartRows } from './chart-rows.ts'

function row(cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map(cell => ({ type: 'tableCell', children: cell ? [{ type: 'text', value: cell }] : [] })) }
}

/** The table of `chart`'s data, headed in `lang`. */
export function chartTable(chart: Chart, lang: Lang): Table {
  const { columns, rows } = chartRows(chart, lang)
  return { type: 'table', align: columns.map(() => null), children: [row(columns), ...rows.map(row)] }
}
