import type { Heading } from 'mdast'
import type { Section, Slide } from '../../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { chartEntries } from '../2-charts/chart-texts.ts'
import { charts } from '../2-charts/charts.ts'
import { sectionSlides } from '../section-slides.ts'

function section(markdown: string): Section {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  return { title: 'test', heading: root.children.find((n): n is Heading => n.type === 'heading'), blocks: root.children.filter(n => n.type !== 'heading') as Section['blocks'] }
}

function slides(markdown: string, room = 1): Slide[] {
  const s = section(markdown)
  let n = 0
  return sectionSlides(s, { lang: 'zh', alias: title => `${title}-${n++}`, charts: charts(s, { lang: 'zh', year: 2025 }), room })
}

const text = (nodes: Slide['body']): string => nodes.map(node => toString(node)).join('\n')

const ranking = '截至2025年12月30日，Artificial Analysis开源权重模型排名中，中国模型占据主导地位：\n\n-   **GLM-4.7**: 智谱AI\n-   **Kimi K2 Thinking**: 月之暗面\n-   **MiMo-V2-Flash**:\n-   **DeepSeek V3.2**: DeepSeek\n-   **MiniMax-M2.1**: MiniMax\n\n非中国模型的最高排名是OpenAI的gpt-oss-120B，仅位列第六。\n'

describe('placeCharts', () => {
  it('replaces a ranked list by the ranking, keeping the list in the notes and the explanation beside it', () => {
    const deck = slides(ranking)
    expect(deck).toHaveLength(1)
    const [slide] = deck
    expect(slide!.chart?.type).toBe('ranking')
    expect(slide!.chart?.shape).toBe('side')
    expect(slide!.chart).not.toHaveProperty('lines')
    expect(slide!.class).toBe('td-chart td-chart-side td-chart-roomy')
    expect(text(slide!.body)).not.toContain('Kimi K2 Thinking')
    // Beside the chart, the section's most salient sentence; the rest of its words in the notes.
    expect(text(slide!.body)).toMatch(/截至2025年12月30日|仅位列第六/)
    expect(text(slide!.notes)).toContain('仅位列第六')
    expect(text(slide!.notes)).toContain('Kimi K2 Thinking')
  })

  it('keeps a sentence that says more than its stat cards beside them, and drops one that only names them', () => {
    const [claim] = slides('ChatGPT引入图像生成后一周内带来了1亿注册用户。\n')
    expect(claim!.chart?.type).toBe('stat')
    expect(claim!.chart?.shape).toBe('side')
    expect(text(claim!.body)).toContain('ChatGPT引入图像生成后一周内带来了1亿注册用户')
    const [bare] = slides('年收入达到10亿美元。\n\n训练成本为550万美元。\n')
    expect(bare!.chart?.type).toBe('stat')
    expect(bare!.chart?.shape).toBe('full')
  })

  it('draws a timeline page by page when its dated items span pages, never repeating a slide beside it', () => {
    // Twelve long dated items say more than one slide's minute of notes.
    const items = (from: number) => Array.from({ length: 6 }, (_, i) => `-   ${from + i}月${i + 1}日发布第${from + i}个很长很长很长很长很长很长很长很长的模型版本，并附带一段很长的说明文字`).join('\n')
    const deck = slides(`**通义千问**：\n\n${items(1)}\n\n**Google**：\n\n${items(7)}\n`, 0.5)
    const charted = deck.filter(s => s.chart)
    expect(charted.length).toBeGreaterThanOrEqual(2)
    expect(charted.flatMap(s => s.chart?.type === 'timeline' ? s.chart.events : [])).toHaveLength(12)
    for (const slide of charted) {
      const others = text(deck.filter(s => s !== slide).flatMap(s => s.body))
      expect(chartEntries(slide.chart!).filter(entry => others.includes(entry))).toEqual([])
    }
  })

  it('puts the durations on the growth curve and takes its quotation onto the chart slide', () => {
    const md = 'METR的图表显示：\n\n-   人类完成需要长达5小时的工作\n-   2024年最好的模型只能在30分钟内完成\n-   GPT-5能够执行人类需要数小时才能完成的任务\n\nMETR总结认为："AI能够完成任务的时长每7个月翻一番。"虽然这种模式可能不会持续，但它展示了发展趋势。\n'
    const deck = slides(md)
    expect(deck.map(s => s.kind)).toEqual(['content'])
    const chart = deck[0]!.chart
    expect(chart?.type === 'growth' && chart.marks?.map(m => m.display)).toEqual(['5小时', '30分钟'])
    expect(text(deck[0]!.body)).not.toContain('30分钟')
    expect(text(deck[0]!.body)).toContain('GPT-5')
    expect(text(deck[0]!.notes)).toContain('每7个月翻一番')
  })

  it('gives a chart with nothing to explain the whole slide, short bullets large type, and one short point the statement', () => {
    const glossary = slides('-   **随性编程**（Vibe coding）：完全抛开代码\n-   **语境腐烂**（Context rot）：上下文越长质量越差\n')
    expect(glossary.map(s => s.chart?.shape)).toEqual(['full'])
    expect(glossary[0]!.body).toHaveLength(1)
    expect(slides('推理技术的真正价值在于驱动工具使用。')[0]!.class).toBe('td-statement')
    expect(slides('推理技术的真正价值在于驱动工具使用。\n\n智能体在年底之前成为主流产品的核心。')[0]!.class).toBe('td-large')
  })
  it('draws a table of figures as bars in place of the table, which goes to the notes', () => {
    const deck = slides('| 选项 | 回答数 |\n| --- | --- |\n| 同意 | 18 |\n| 不确定 | 30 |\n| 不同意 | 4 |\n\n回答者大多不确定。\n', 2)
    const chart = deck.find(slide => slide.chart)
    expect(chart?.chart).toMatchObject({ type: 'bar', unit: '回答数', items: [{ label: '同意', value: 18 }, { label: '不确定', value: 30 }, { label: '不同意', value: 4 }] })
    expect(deck.flatMap(slide => slide.body).some(block => block.type === 'table')).toBe(false)
    expect(chart?.notes.filter(block => block.type === 'table')).toHaveLength(2)
  })
  it('shows no sub-heading whose items the chart draws all of', () => {
    const root = unified().use(remarkParse).use(remarkGfm).parse('开篇说明这一年的节奏。\n\n#### 发布时间线\n\n- 2025年1月：甲模型发布\n- 2025年3月：乙模型发布\n- 2025年5月：丙模型发布\n- 2025年7月：丁模型发布\n')
    // The sub-heading stays among the section's blocks (the helper above takes headings out).
    const own: Section = { title: 'test', blocks: root.children as Section['blocks'] }
    const deck = sectionSlides(own, { lang: 'zh', alias: title => title, charts: charts(own, { lang: 'zh', year: 2025 }), room: 1 })
    const slide = deck.find(s => s.chart)!
    expect(slide.chart?.type).toBe('timeline')
    expect(text(slide.body)).not.toContain('发布时间线')
    expect(text(slide.notes)).toContain('发布时间线')
  })

  // A sentence a chart label repeats stays in the notes, not beside the chart.
  it.each([
    ['a paragraph\'s sentence that a timeline label repeats', 'timeline', '**2019 年 8 月，项目发布了第一个版本 0.6.0**。这个版本带来很多新的特性。\n\n**1.0 版本于 2020 年 1 月发布，是第一个生产版本。** 代码稳定性也更加完善。\n\n**每月发布一个新版本！** 在 2020 年 10 月，我们发布了 2.0 版本。\n', '第一个版本 0.6.0', '第一个版本 0.6.0'],
    ['a sentence that names a bar with its figure', 'bar', '调查显示，开源社区中绝大多数成员为使用者（73.37%），同时有近半数参与者（49.03%）和少部分贡献者（26.51%）。\n', '73.37%', '使用者（73.37%）'],
  ])('leaves out %s, keeping it in the notes', (_what, type, markdown, shown, noted) => {
    const slide = slides(markdown).find(made => made.chart)!
    expect(slide.chart?.type).toBe(type)
    expect(text(slide.body)).not.toContain(shown)
    expect(text(slide.notes)).toContain(noted)
  })
})
