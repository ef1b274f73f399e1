import type { Chart } from '../../model/chart.ts'
import { chartRows } from './chart-rows.ts'
import { chartTable } from './chart-table.ts'

const source = { line: 1, column: 1 }

it('gives bars as label and figure, with the unit in the heading', () => {
  const chart: Chart = { type: 'bar', unit: '美元/月', items: [{ label: 'Pro', value: 200, display: '200美元' }], source }
  expect(chartRows(chart, 'zh')).toEqual({ columns: ['项目', '数值 (美元/月)'], rows: [['Pro', '200美元']] })
})

it('gives grouped bars a column per group, an empty cell left empty', () => {
  const chart: Chart = { type: 'bar', groups: ['2019', '2020'], items: [{ label: 'Views', value: 527, display: '527', more: [{ value: 8678, display: '8 678' }] }, { label: 'Subscribers', value: 35, display: '35', more: [{ value: 0, display: '' }] }], source }
  expect(chartRows(chart, 'en')).toEqual({ columns: ['Item', '2019', '2020'], rows: [['Views', '527', '8 678'], ['Subscribers', '35', '']] })
})

it('gives a growth curve as the multiple at each doubling', () => {
  const chart: Chart = { type: 'growth', doublingMonths: 7, months: 21, label: 'length', display: 'doubles every 7 months', source }
  expect(chartRows(chart, 'en').rows).toEqual([['0', '1×'], ['7', '2×'], ['14', '4×'], ['21', '8×']])
})

it('keeps the group column of a timeline only when events have groups', () => {
  const chart: Chart = { type: 'timeline', events: [{ date: '2025-05', display: 'May', label: 'Codex' }], source }
  expect(chartRows(chart, 'en').columns).toEqual(['Date', 'Event'])
})

it('makes a Markdown table with a heading row', () => {
  const chart: Chart = { type: 'ranking', items: [{ rank: 1, label: 'Kimi', note: 'Moonshot' }, { rank: 2, label: 'GLM' }], source }
  const table = chartTable(chart, 'en')
  expect(table.children).toHaveLength(3)
  expect(table.children[2]!.children[2]!.children).toEqual([])
})
