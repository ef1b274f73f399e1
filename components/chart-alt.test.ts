// @vitest-environment happy-dom
import type { Chart } from '../scripts/pipeline/model/chart'
import { mount } from '@vue/test-utils'
import ChartView from './ChartView.vue'

const source = { line: 1, column: 1 }

const charts: Chart[] = [
  { type: 'bar', unit: 'B', source, items: [{ label: 'Scout', value: 109e9, display: '109B' }, { label: 'Maverick', value: 400e9, display: '400B' }] },
  { type: 'timeline', source, events: [{ date: '2025-05', display: '5月', label: 'Codex web' }, { date: '2025-10', display: '10月', label: 'Claude Code' }] },
  { type: 'ranking', source, items: [{ rank: 1, label: 'GLM-4.7', note: '智谱AI' }] },
  { type: 'growth', source, doublingMonths: 7, months: 28, label: '任务的时长', display: '每7个月翻一番' },
]

describe('the text alternative of SVG charts', () => {
  it.each(charts.map(chart => [chart.type, chart] as const))('names and describes the %s chart', (_type, chart) => {
    const wrapper = mount({ components: { ChartView }, props: ['charts'], template: '<div><ChartView v-for="(c, i) in charts" :key="i" :chart="c" /></div>' }, { props: { charts: [chart, chart] } })
    const svgs = wrapper.findAll('svg')
    expect(svgs).toHaveLength(2)
    const [first, second] = svgs.map(svg => ({ labelledby: svg.attributes('aria-labelledby')!, describedby: svg.attributes('aria-describedby')! }))
    // Two copies of a slide (print view, overview) must not share ids.
    expect(first!.labelledby).not.toBe(second!.labelledby)
    const svg = svgs[0]!
    expect(svg.attributes('role')).toBe('img')
    expect(svg.find(`title[id="${first!.labelledby}"]`).text()).not.toBe('')
    const desc = svg.find(`desc[id="${first!.describedby}"]`).text()
    const expected = { bar: ['Scout 109B', 'Maverick 400B'], timeline: ['5月 Codex web', '10月 Claude Code'], ranking: ['1 GLM-4.7 智谱AI'], growth: ['每7个月翻一番', '28 16×'] }[chart.type as 'bar']
    for (const part of expected)
      expect(desc).toContain(part)
  })
})
