// Runs charts() over every section of the seed article and checks coverage and faithfulness.
import type { Chart } from '../../model/chart.ts'
import type { Section } from '../../model/deck.ts'
import { readFileSync } from 'node:fs'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { chartTexts } from './chart-texts.ts'
import { charts } from './charts.ts'

const article = readFileSync(new URL('../../../../content/review.md', import.meta.url), 'utf8')

/** Sections split at every heading (### subsections, and ## chapters with their own text). */
function sections(): Section[] {
  const root = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(article)
  const out: Section[] = []
  for (const node of root.children) {
    if (node.type === 'heading')
      out.push({ heading: node, title: toString(node), blocks: [] })
    else if (node.type !== 'yaml')
      out.at(-1)?.blocks.push(node)
  }
  return out
}

/** Every number and date text a chart shows. */
function displays(chart: Chart): string[] {
  switch (chart.type) {
    case 'bar': case 'stat': return chart.items.map(i => i.display)
    case 'timeline': return chart.events.map(e => e.display)
    case 'growth': return [chart.display, ...(chart.marks ?? []).map(m => m.display)]
    default: return []
  }
}

describe('charts over content/review.md', () => {
  const found = sections().map(s => ({ title: s.title, charts: charts(s, { lang: 'zh', year: 2025 }) }))
  const all = found.flatMap(f => f.charts)

  it('finds every chart type on at least 8 sections', () => {
    expect(new Set(all.map(c => c.type))).toEqual(new Set(['bar', 'stat', 'timeline', 'ranking', 'growth', 'glossary']))
    expect(found.filter(f => f.charts.length > 0).length).toBeGreaterThanOrEqual(8)
  })

  it('shows only numbers and dates the article writes', () => {
    for (const display of all.flatMap(displays))
      expect(article, display).toContain(display)
  })

  it('takes labels from the article text', () => {
    const labels = all.flatMap(c => c.type === 'bar' || c.type === 'stat' ? c.items.map(i => i.label) : c.type === 'ranking' ? c.items.map(i => i.label) : [])
    for (const label of labels)
      expect(article, label).toContain(label)
  })

  it('cuts no label: every text a chart shows is whole', () => {
    const cut = all.flatMap(chartTexts).filter(text => text.endsWith('…'))
    expect(cut).toEqual([])
  })

  it('puts the article\'s own numbers on the growth curve', () => {
    const growth = found.find(f => f.title.startsWith('四'))?.charts.find(c => c.type === 'growth')
    expect(growth?.type === 'growth' && growth.marks).toEqual([
      { label: '人类', display: '5小时', minutes: 300 },
      { label: '2024年最好的模型', display: '30分钟', minutes: 30 },
    ])
    expect(growth?.title).toBe('AI能够完成任务的时长每7个月翻一番')
  })

  it('knows the article line of every entry it draws', () => {
    for (const chart of all) {
      const entries = chart.type === 'timeline' ? chart.events : chart.type === 'growth' ? [chart, ...(chart.marks ?? [])] : chart.items
      expect(chart.lines?.length, chart.type).toBe(entries.length)
    }
  })

  it('puts the expected charts on the expected sections', () => {
    const types = (prefix: string) => found.find(f => f.title.startsWith(prefix))?.charts.map(c => c.type)
    expect(types('3.2')).toContain('ranking')
    expect(types('四')).toContain('growth')
    expect(types('5.2')).toContain('timeline')
    expect(types('10.1')).toContain('bar')
    expect(types('3.1')).toContain('stat')
    expect(types('11.1')).toContain('glossary')
  })
})
