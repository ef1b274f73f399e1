import type { BarChart } from '../../pipeline/index.ts'
import { barValues } from './bar-values.ts'

const source = { line: 1, column: 1 }

it('draws figures of one shape as the article writes them', () => {
  const chart: BarChart = { type: 'bar', items: [{ label: 'Scout', value: 109e9, display: '109B' }, { label: 'Maverick', value: 400e9, display: '400B' }], source }
  expect(barValues(chart)).toEqual({ labels: ['Scout', 'Maverick'], values: [109, 400], format: '#,##0.##"B"' })
})

it('names the figures in the categories when they differ in shape', () => {
  const chart: BarChart = { type: 'bar', items: [{ label: 'A', value: 1e9, display: '10亿' }, { label: 'B', value: 5e6, display: '500万' }], source }
  expect(barValues(chart)).toEqual({ labels: ['A (10亿)', 'B (500万)'], values: [1e9, 5e6] })
})
