import type { SlideFacts } from './stats-summary.ts'
import { median, quantile, statsLines, talkStats } from './stats-summary.ts'

function slide(overrides: Partial<SlideFacts> & { characters?: number, items?: string[], chartLabels?: string[], cut?: string[] } = {}): SlideFacts {
  const { characters = 80, items = [], chartLabels = [], cut = [], ...rest } = overrides
  return { kind: 'content', section: 'A', chart: false, seconds: 60, said: 250, shown: { characters, items, chartLabels, cut, images: 0 }, overflow: false, ...rest }
}

describe('median and quantile', () => {
  it('take the middle and the nearest rank', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9)
    expect(median([])).toBe(0)
  })
})

describe('talkStats', () => {
  it('counts content slides only for time, ratio and visible text', () => {
    const stats = talkStats([slide({ kind: 'cover', seconds: 5, characters: 10 }), slide({ seconds: 40, characters: 100 }), slide({ seconds: 80, characters: 50, said: 250 }), slide({ kind: 'quote', seconds: 20 })])
    expect(stats.slides).toBe(4)
    expect(stats.contentSlides).toBe(2)
    expect(stats.minutes).toBe(2.4)
    expect(stats.secondsPerSlide).toBe(60)
    expect(stats.shownSaid).toBe(0.3)
    expect(stats.visible).toEqual({ median: 75, p90: 100 })
  })
  it('finds thin slides, leaving charts and quotes aside', () => {
    const stats = talkStats([slide({ characters: 12 }), slide({ chart: true, characters: 5 }), slide({ kind: 'quote', characters: 5 }), slide({ characters: 40 })])
    expect(stats.thin).toEqual([1])
  })
  it('finds a chart whose labels are bullets on another slide of its section', () => {
    const bullets = slide({ items: ['GPT-5发布了新的推理模式', 'Claude4面向编程', '其他'] })
    const chart = slide({ chart: true, chartLabels: ['GPT-5', 'Claude4', '2025'] })
    const elsewhere = slide({ chart: true, section: 'B', chartLabels: ['GPT-5', 'Claude4'] })
    expect(talkStats([bullets, chart, elsewhere]).repeatedCharts).toEqual([2])
  })
  it('lists cut text and overflowing slides by number', () => {
    const stats = talkStats([slide({ cut: ['推理能力成为…'] }), slide({ overflow: true })])
    expect(stats.cut).toEqual([{ no: 1, text: '推理能力成为…' }])
    expect(stats.overflow).toEqual([2])
    expect(statsLines(stats).join('\n')).toContain('cut with "…": 1 (1: 推理能力成为…)')
  })
})
