// @vitest-environment happy-dom
import type { Chart } from '../scripts/pipeline/model/chart'
import { mount } from '@vue/test-utils'
import ChartView from './ChartView.vue'

const source = { line: 1, column: 1 }
const render = (chart: Chart) => mount(ChartView, { props: { chart } })
const texts = (wrapper: ReturnType<typeof render>) => wrapper.findAll('text').map(t => t.text())

describe('chartView', () => {
  it('draws bars with SVG text labels, widths ordered by value', () => {
    const wrapper = render({ type: 'bar', unit: '美元/月', source, items: [
      { label: 'ChatGPT Plus', value: 20, display: '20美元' },
      { label: 'Google AI Ultra', value: 249, display: '249美元' },
    ] })
    expect(wrapper.find('[data-chart="bar"]').exists()).toBe(true)
    expect(texts(wrapper)).toEqual(expect.arrayContaining(['ChatGPT Plus', 'Google AI Ultra', '20美元', '249美元', '美元/月']))
    const widths = wrapper.findAll('rect.td-bar-rect').map(r => Number(r.attributes('width')))
    expect(widths[0]).toBeLessThan(widths[1]!)
  })

  it('draws a timeline with dates as the article writes them', () => {
    const wrapper = render({ type: 'timeline', source, events: [
      { date: '2025-05', display: '5月', label: 'OpenAI Codex web' },
      { date: '2025-05', display: '5月', label: 'Google Jules' },
      { date: '2025-10', display: '10月', label: 'Claude Code for web' },
    ] })
    const events = wrapper.findAll('g.td-event').map(g => g.findAll('text').map(t => t.text()))
    expect(events.map(([date, ...label]) => [date, label.join(' ')])).toEqual([['5月', 'OpenAI Codex web'], ['5月', 'Google Jules'], ['10月', 'Claude Code for web']])
    expect(wrapper.findAll('circle')).toHaveLength(3)
  })

  it('gives every chart a title and description for assistive technology', () => {
    const bar = render({ type: 'bar', source, items: [{ label: 'ChatGPT Plus', value: 20, display: '20美元' }] })
    expect(bar.find('svg').attributes()).toMatchObject({ 'role': 'img', 'aria-label': '条形图' })
    expect(bar.find('svg > title').text()).toBe('条形图')
    expect(bar.find('svg > desc').text()).toBe('ChatGPT Plus: 20美元')
    const growth = render({ type: 'growth', source, doublingMonths: 7, months: 28, label: 'task length', display: 'doubles every 7 months', marks: [{ label: 'best model of 2024', display: '30 minutes', minutes: 30 }] })
    expect(growth.find('svg > desc').text()).toBe('task length: doubles every 7 months; best model of 2024: 30 minutes')
    const cards = render({ type: 'stat', source, items: [{ label: '英伟达市值损失', value: 5.93e11, display: '5930亿美元' }] })
    expect(cards.find('[role="list"]').attributes('aria-label')).toBe('关键数字')
    expect(cards.findAll('[role="listitem"]')).toHaveLength(1)
  })

  it('draws a ranking with the highlighted entry marked', () => {
    const wrapper = render({ type: 'ranking', source, items: [{ rank: 1, label: 'GLM-4.7', note: '智谱AI' }, { rank: 6, label: 'gpt-oss-120B', note: 'OpenAI', highlight: true }] })
    expect(texts(wrapper)).toEqual(['1', 'GLM-4.7', '智谱AI', '6', 'gpt-oss-120B', 'OpenAI'])
    expect(wrapper.findAll('.td-highlight')).toHaveLength(1)
    expect(wrapper.find('.td-highlight').text()).toContain('gpt-oss-120B')
  })

  it('draws stat cards, a growth curve and glossary cards', () => {
    const stat = render({ type: 'stat', source, items: [{ label: '英伟达市值损失', value: 5.93e11, display: '5930亿美元' }] })
    expect(stat.find('.td-stat-value').text()).toBe('5930亿美元')
    expect(stat.find('.td-stat-label').text()).toBe('英伟达市值损失')
    const growth = render({ type: 'growth', source, doublingMonths: 7, months: 28, label: '任务的时长', display: '每7个月翻一番' })
    expect(texts(growth)).toEqual(['任务的时长', '每7个月翻一番'])
    expect(growth.find('path.td-curve').attributes('d')).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+$/)
    const glossary = render({ type: 'glossary', source, items: [{ term: '语境腐烂', gloss: 'Context rot', definition: '会话中上下文越长，模型输出质量越差的现象' }] })
    expect(glossary.find('.td-term').text()).toBe('语境腐烂')
    expect(glossary.find('.td-gloss').text()).toBe('Context rot')
    expect(glossary.find('.td-definition').text()).toBe('会话中上下文越长，模型输出质量越差的现象')
  })

  it('renders hostile labels literally, injecting no element', () => {
    const evil = ['{{ 7 * 7 }}', '"quoted" & \'single\'', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>']
    const charts: Chart[] = [
      { type: 'bar', source, title: evil[2], items: evil.map((label, i) => ({ label, value: i + 1, display: label })) },
      { type: 'timeline', source, events: evil.slice(0, 3).map((label, i) => ({ date: `2025-0${i + 1}`, display: '1月', label, group: evil[3] })) },
      { type: 'ranking', source, items: evil.map((label, i) => ({ rank: i + 1, label, note: label })) },
      { type: 'stat', source, items: evil.slice(0, 2).map(label => ({ label, value: 1, display: label })) },
      { type: 'glossary', source, items: evil.slice(0, 2).map(term => ({ term, gloss: evil[2], definition: evil[3]! })) },
      { type: 'growth', source, doublingMonths: 7, months: 28, label: evil[0]!, display: evil[2]! },
    ]
    for (const chart of charts) {
      const wrapper = render(chart)
      expect(wrapper.findAll('script, img')).toHaveLength(0)
      // Attribute values (aria-label) keep "<" as the HTML serializer writes them; outside them no tag may appear.
      expect(wrapper.html().replace(/="[^"]*"/g, '')).not.toContain('<script')
      expect(wrapper.text()).not.toContain('49')
      expect(wrapper.text()).toMatch(/\{\{ 7 \* 7 \}\}|<script>|"quoted"/)
    }
    expect(render(charts[0]!).find('figcaption').text()).toBe('<script>alert(1)</script>')
  })

  it('renders nothing for an unknown chart type', () => {
    const wrapper = render({ type: 'pie', source } as unknown as Chart)
    expect(wrapper.html()).toBe('<!--v-if-->')
  })
})
