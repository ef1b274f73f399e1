import type { BarChart, GrowthChart, RankingChart, StatChart, TimelineChart } from '../scripts/pipeline/model/chart'
import { textWidth } from '../scripts/pipeline/text/width'
import { barLayout } from './bar-layout'
import { AREAS, CHART, chartArea } from './chart-size'
import { glossaryCardHeight, glossaryLayout } from './glossary-layout'
import { growthLayout } from './growth-layout'
import { rankingLayout } from './ranking-layout'
import { statLayout } from './stat-layout'
import { fitTimeline, timelineLayout } from './timeline-layout'
import { wrapText } from './wrap-text'

const source = { line: 1, column: 1 }

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('ChatGPT Pro', 10)).toEqual(['ChatGPT Pro'])
  })
  it('breaks CJK anywhere and Latin at spaces, within the width', () => {
    const lines = wrapText('Claude Code for web 成为几乎每天使用的工具', 8)
    expect(lines.every(l => textWidth(l) <= 8)).toBe(true)
    expect(lines.join('')).toContain('Claude Code')
  })
  it('never cuts: every character is kept, on as many lines as it takes', () => {
    const text = '审查和合并贡献的边际成本大于生产者边际效益的开源贡献'
    const lines = wrapText(text, 6)
    expect(lines.join('')).toBe(text)
    expect(lines.every(l => textWidth(l) <= 6)).toBe(true)
    expect(lines.some(l => l.includes('…'))).toBe(false)
  })
  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrapText('《并非所有AI辅助编程都是随心编程（但随心编程棒极了）》', 9)
    expect(lines.join('')).toBe('《并非所有AI辅助编程都是随心编程（但随心编程棒极了）》')
    expect(lines.some(l => /^[）》]/.test(l))).toBe(false)
  })
})

describe('chartArea', () => {
  it.each([
    [undefined, 'side', 370],
    ['Views by video', 'side', 370 - 36 - 8],
    ['Do you feel that the Rust Leadership Council is serving its purpose effectively?', 'side', 370 - 3 * 36 - 8],
    ['Do you feel that the Rust Leadership Council is serving its purpose effectively?', 'full', 360 - 2 * 36 - 8],
  ] as const)('a chart titled %s, %s, is drawn %i px high', (title, shape, height) => {
    expect(chartArea({ shape, title }).height).toBe(height)
  })
})

describe('barLayout', () => {
  const chart: BarChart = { type: 'bar', unit: '美元/月', source, items: [
    { label: 'ChatGPT Plus', value: 20, display: '20美元' },
    { label: 'Claude Pro Max 20x', value: 200, display: '200美元' },
    { label: 'Google AI Ultra', value: 249, display: '249美元' },
  ] }
  it('orders bar widths by value and keeps bars inside the chart', () => {
    const { rows, x0 } = barLayout(chart)
    expect(rows[0]!.width).toBeLessThan(rows[1]!.width)
    expect(rows[1]!.width).toBeLessThan(rows[2]!.width)
    for (const row of rows)
      expect(x0 + row.width).toBeLessThanOrEqual(CHART.width - 100)
    expect(rows.map(r => r.value)).toEqual(['20美元', '200美元', '249美元'])
  })
  it('stacks rows without overlap and wraps long labels', () => {
    const label = '一个非常非常非常长的中文标签名称从不被截断'
    const { rows, x0, fontSize } = barLayout({ ...chart, items: [...chart.items, { label, value: 1, display: '1美元' }] })
    rows.slice(1).forEach((row, i) => expect(row.y).toBeGreaterThanOrEqual(rows[i]!.y + rows[i]!.height))
    expect(rows[3]!.lines.join('')).toBe(label)
    expect(rows[3]!.lines.length * fontSize * 1.2).toBeLessThanOrEqual(rows[3]!.height)
    expect(Math.max(...rows[3]!.lines.map(textWidth)) * fontSize).toBeLessThanOrEqual(x0)
  })
  it('draws a grouped chart as one thin bar per column in each band, and no bar for an empty cell', () => {
    const grouped: BarChart = { type: 'bar', unit: 's', groups: ['v2', 'v1'], source, items: [
      { label: 'Q1', value: 2.12, display: '2.12', more: [{ value: 3.75, display: '3.75' }] },
      { label: 'Q2', value: 0.2, display: '0.20', more: [{ value: 0, display: '' }] },
    ] }
    const { rows, fontSize } = barLayout(grouped)
    expect(rows[0]!.bar).toBe(rows[0]!.height / 2)
    expect(rows[0]!.more).toMatchObject([{ y: rows[0]!.y + rows[0]!.bar, value: '3.75', series: 1 }])
    expect(rows[0]!.more![0]!.width).toBeGreaterThan(rows[0]!.width)
    expect(rows[1]!.more).toEqual([])
    expect(fontSize * 1.2).toBeLessThanOrEqual(rows[0]!.bar)
  })
  it('fits labels and figures in the narrow side area', () => {
    const { rows, x0, fontSize } = barLayout(chart, AREAS.side.width, AREAS.side.height)
    for (const row of rows) {
      expect(x0 + row.width + 12 + textWidth(row.value) * fontSize).toBeLessThanOrEqual(AREAS.side.width)
      expect(row.lines.join(' ')).not.toMatch(/…/)
    }
  })
})

describe('timelineLayout', () => {
  const chart: TimelineChart = { type: 'timeline', source, events: [
    { date: '2025-03', display: '3月', label: '预览原生图像生成', group: 'Google' },
    { date: '2025-08-04', display: '8月4日', label: '发布通义千问图像生成模型', group: '通义千问' },
    { date: '2025-08-19', display: '8月19日', label: '发布通义千问图像编辑模型', group: '通义千问' },
    { date: '2025-08-26', display: '8月26日', label: '正式发布', group: 'Google' },
    { date: '2025-11', display: '11月', label: '推出Nano Banana Pro', group: 'Google' },
  ] }
  it('places dots by date and labels inside the chart without overlap', () => {
    const { marks, groups } = timelineLayout(chart)
    const xs = marks.map(m => m.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(groups).toEqual(['Google', '通义千问'])
    for (const m of marks) {
      expect(m.labelX).toBeGreaterThanOrEqual(0)
      expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(CHART.width)
    }
    for (const a of marks) {
      for (const b of marks) {
        if (a !== b && a.lane === b.lane)
          expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX).toBe(true)
      }
    }
  })
})

describe('timelineLayout spacing', () => {
  const at = (dates: string[], order = dates): number[] => timelineLayout({ type: 'timeline', source, events: order.map(date => ({ date, display: date, label: date })) }).marks.map(m => Math.round(m.x))
  it('keeps dots by date when the dates are spread', () => {
    const [first, second, last] = at(['2019-01', '2020-01', '2022-01']) as [number, number, number]
    expect((second - first) / (last - first)).toBeCloseTo(1 / 3, 2)
  })
  it('spreads bunched dates evenly, in date order', () => {
    const xs = at(['2021-11-27', '2022-02-26', '2022-03-26', '2022-04'])
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!)
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1)
    const shuffled = at(['2022-03-26', '2021-11-27', '2022-04', '2022-02-26'], ['2022-03-26', '2021-11-27', '2022-04', '2022-02-26'])
    expect(shuffled[1]).toBe(xs[0])
    expect(shuffled[0]).toBe(xs[2])
  })
})

describe('growthLayout', () => {
  const chart: GrowthChart = { type: 'growth', source, doublingMonths: 7, months: 28, label: '任务的时长', display: '每7个月翻一番' }
  it('rises ever faster and marks each doubling', () => {
    const { dots, bracket } = growthLayout(chart)
    expect(dots).toHaveLength(5)
    const rises = dots.slice(1).map((d, i) => dots[i]!.y - d.y)
    rises.slice(1).forEach((r, i) => expect(r).toBeGreaterThan(rises[i]!))
    expect(bracket.x1 - bracket.x0).toBeCloseTo(dots[1]!.x - dots[0]!.x)
  })
  it('starts at the article\'s shortest duration and draws longer ones as levels, in proportion', () => {
    const marks = [{ label: '人类', display: '5小时', minutes: 300 }, { label: '2024年最好的模型', display: '30分钟', minutes: 30 }]
    const { start, levels, dots, axis } = growthLayout({ ...chart, marks })
    expect(start).toMatchObject({ label: '2024年最好的模型', display: '30分钟', x: dots[0]!.x, y: dots[0]!.y })
    expect(levels.map(l => [l.label, l.display])).toEqual([['人类', '5小时']])
    // Linear in minutes from zero: 300 minutes sit ten times as high above the axis as 30.
    expect((axis.bottom - levels[0]!.y) / (axis.bottom - start!.y)).toBeCloseTo(10)
    expect(dots[1]!.y).toBeCloseTo(axis.bottom - 2 * (axis.bottom - start!.y))
  })
})

describe('rankingLayout', () => {
  it('orders rows by rank and keeps the highlight', () => {
    const chart: RankingChart = { type: 'ranking', source, items: [{ rank: 6, label: 'gpt-oss-120B', note: 'OpenAI', highlight: true }, { rank: 1, label: 'GLM-4.7', note: '智谱AI' }] }
    const rows = rankingLayout(chart)
    expect(rows.map(r => [r.rank, r.highlight])).toEqual([[1, false], [6, true]])
    expect(rows[1]!.y + rows[1]!.height).toBeLessThanOrEqual(CHART.height)
  })
})

describe('card layouts', () => {
  it('shrinks stat figures to fit their card', () => {
    const chart: StatChart = { type: 'stat', source, items: [{ label: '其训练成本', value: 5.5e6, display: '550万美元' }, { label: '英伟达市值损失', value: 5.93e11, display: '5930亿美元' }] }
    const { grid, cards } = statLayout(chart)
    expect(grid.columns).toBe(2)
    expect(textWidth(cards[1]!.value) * grid.mainSize).toBeLessThanOrEqual(grid.width)
    expect(cards.map(c => c.lines.join(''))).toEqual(['其训练成本', '英伟达市值损失'])
  })
  it('sizes glossary cards so every definition fits whole', () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ term: `语境工程${i}`, gloss: 'Context engineering', definition: '审查和合并贡献的边际成本大于生产者边际效益的开源贡献' }))
    for (const area of [CHART, AREAS.stack]) {
      const { grid, cards } = glossaryLayout({ type: 'glossary', source, items }, area.width, area.height)
      expect(grid.columns).toBe(3)
      for (const card of cards) {
        expect(card.lines.join('')).toBe(items[0]!.definition)
        expect(card.lines.length).toBeLessThanOrEqual(4)
        expect(glossaryCardHeight(card, grid)).toBeLessThanOrEqual(grid.height)
      }
      expect(grid.bodySize).toBeGreaterThanOrEqual(16)
    }
  })
  it('puts cards in one column in the narrow side area', () => {
    const { grid } = statLayout({ type: 'stat', source, items: [{ label: '训练成本', value: 5.5e6, display: '550万美元' }, { label: '英伟达市值损失', value: 5.93e11, display: '5930亿美元' }] }, AREAS.side.width, AREAS.side.height)
    expect([grid.columns, grid.rows]).toEqual([1, 2])
  })
})

describe('timelineLayout on the seed\'s busiest timeline (5.2, seven events)', () => {
  it('keeps labels apart in every lane', () => {
    const events = [
      ['2025-03', '3月', '预览"Gemini 2.0 Flash原生图像生成"'],
      ['2025-08-04', '8月4日', '发布通义千问图像生成模型'],
      ['2025-08-19', '8月19日', '发布通义千问图像编辑模型'],
      ['2025-08-26', '8月26日', '正式发布'],
      ['2025-11', '11月', '持续更新Qwen-Image-Edit-2511和Qwen-Image-2512'],
      ['2025-11', '11月', '推出Nano Banana Pro'],
      ['2025-11', '11月', '正式推出后成为专业级工具'],
    ].map(([date, display, label]) => ({ date: date!, display: display!, label: label! }))
    const { marks } = timelineLayout({ type: 'timeline', source, events })
    const squash = (text: string): string => text.replace(/\s+/g, '')
    expect(marks.map(m => squash(m.lines.join('')))).toEqual(events.map(e => squash(e.label)))
    for (const a of marks) {
      expect(a.lines.every(line => textWidth(line) * 18 <= a.labelWidth + 18)).toBe(true)
      expect(a.labelX + a.labelWidth).toBeLessThanOrEqual(CHART.width)
      for (const b of marks) {
        if (a !== b && a.lane === b.lane)
          expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX, `${a.lines.join('')} / ${b.lines.join('')}`).toBe(true)
      }
    }
  })
})

describe('fitTimeline', () => {
  it('draws a timeline of few events larger, within the area\'s height', () => {
    const chart: TimelineChart = { type: 'timeline', source, events: [
      { date: '2025-05', display: '5月', label: 'OpenAI Codex web' },
      { date: '2025-05', display: '5月', label: 'Google Jules' },
      { date: '2025-10', display: '10月', label: 'Claude Code for web' },
    ] }
    const fitted = fitTimeline(chart, AREAS.stack)
    expect(fitted.width).toBeLessThan(AREAS.stack.width)
    expect(fitted.height * (AREAS.stack.width / fitted.width)).toBeLessThanOrEqual(AREAS.stack.height + 1)
    expect(fitted.marks.map(m => m.lines.join(' '))).toEqual(['OpenAI Codex web', 'Google Jules', 'Claude Code for web'])
  })
})

describe('wrapText on the seed\'s long labels', () => {
  it('breaks Latin names at hyphens and keeps a closing quote with its words', () => {
    expect(wrapText('持续更新Qwen-Image-Edit-2511和Qwen-Image-2512', 9).every(line => !/^[a-z]/i.test(line) || /^(?:Qwen|Image|Edit)/.test(line))).toBe(true)
    expect(wrapText('预览"Gemini 2.0 Flash原生图像生成"', 9).at(-1)).toMatch(/生成"$/)
  })
})
