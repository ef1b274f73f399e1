import type { SlideText } from '../browser/talk-stats.ts'
import type { Deck, Lang, Slide } from '../pipeline/index.ts'
import type { ChartEntry, SlideFacts, SourceKind } from './stats-summary.ts'
import { badLabel, median, quantile, shownSource, slideFacts, statsLines, talkStats } from './stats-summary.ts'

type Shown = Partial<SlideText>

function slide(overrides: Partial<SlideFacts> & Shown = {}): SlideFacts {
  const { characters = 80, items = [], chartLabels = [], cut = [], images = 0, points = ['A point long enough to stand on its own slide'], visuals = 0, quoted = 0, blocks = [], code = [], type = { characters: 80, under18: 0, under14: 0, minPx: 24 }, ...rest } = overrides
  return { kind: 'content', section: 'A', chart: false, seconds: 60, said: 250, shown: { characters, items, chartLabels, cut, images, points, visuals, quoted, blocks, code, type }, overflow: false, lang: 'en', continued: false, chartEntries: [], ...rest }
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
  it('gives the median time of slides that show a visual apart from the others', () => {
    const stats = talkStats([slide({ seconds: 20, visuals: 1 }), slide({ seconds: 30, visuals: 1 }), slide({ seconds: 70 }), slide({ seconds: 90, chart: true, visuals: 1 })])
    expect(stats.secondsByKind).toEqual({ visual: { slides: 2, median: 25 }, text: { slides: 2, median: 80 } })
    expect(statsLines(stats)[1]).toBe('seconds per content slide: median 50 (2 showing a picture, diagram, code or table: median 25; 2 others: median 80)')
    expect(statsLines(talkStats([slide({ seconds: 70 })]))[1]).toBe('seconds per content slide: median 70')
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
  it('counts an ellipsis the article writes itself as no cut', () => {
    const text = { characters: 20, items: [], chartLabels: [], cut: ['还有更多...', '推理能力成为…'], images: 0, points: [], visuals: 0, quoted: 0, blocks: [], code: [], type: { characters: 20, under18: 0, under14: 0 } }
    const notes: Slide['notes'] = [{ type: 'heading', depth: 3, children: [{ type: 'text', value: '还有更多...' }] }, { type: 'paragraph', children: [{ type: 'text', value: '推理能力成为主流模型的标配。' }] }]
    const [facts] = slideFacts({ lang: 'zh', slides: [{ kind: 'content', title: 'A', layout: 'default', routeAlias: 'a', body: [], notes, seconds: 10 }] }, [text], new Set())
    expect(facts!.shown.cut).toEqual(['推理能力成为…'])
  })
  it('lists cut text and overflowing slides by number', () => {
    const stats = talkStats([slide({ cut: ['推理能力成为…'] }), slide({ overflow: true })])
    expect(stats.cut).toEqual([{ no: 1, text: '推理能力成为…' }])
    expect(stats.overflow).toEqual([2])
    expect(statsLines(stats).join('\n')).toContain('cut with "…": 1 (1: 推理能力成为…)')
  })
})

describe('the talk measures of issues 24, 26 and 28', () => {
  it('lists key points that are fragments, by slide', () => {
    const stats = talkStats([slide({ points: ['Okay, but what', 'Rust 1.65 adds generic associated types.'] }), slide({ lang: 'zh', points: ['任何新的 CSS 功能可能需要'] }), slide({ kind: 'quote', points: ['In summary our loss now looks like \\'] })])
    expect(stats.fragments).toEqual([{ no: 1, text: 'Okay, but what' }, { no: 2, text: '任何新的 CSS 功能可能需要' }])
  })
  it('shares continuation titles and sparse slides among content slides', () => {
    const stats = talkStats([
      slide({ kind: 'cover', points: ['x'], characters: 1 }),
      slide(),
      slide({ continued: true }),
      slide({ points: ['Short'], characters: 5 }),
      slide({ points: ['Short'], characters: 5, visuals: 1 }),
      slide({ points: ['Short', 'Also short'], characters: 14 }),
    ])
    expect(stats.continued).toEqual({ slides: [3], share: 0.2 })
    expect(stats.sparse).toEqual({ slides: [4], share: 0.2 })
  })
  it('finds empty content and quote slides; a quote with only its attribution is empty', () => {
    const stats = talkStats([slide({ characters: 0, points: [] }), slide({ characters: 0, points: [], visuals: 1 }), slide({ kind: 'quote', characters: 8, quoted: 0 }), slide({ kind: 'quote', characters: 30, quoted: 22 }), slide({ kind: 'chapter', characters: 0 })])
    expect(stats.empty).toEqual([1, 3])
  })
  it('measures type over every slide, title included', () => {
    const stats = talkStats([slide({ type: { characters: 100, under18: 10, under14: 0, minPx: 16 } }), slide({ kind: 'cover', type: { characters: 100, under18: 0, under14: 0, minPx: 40 } }), slide({ type: { characters: 0, under18: 0, under14: 0 } })])
    expect(stats.type).toEqual({ minPx: 16, minSlide: 1, under18: 0.05, under14: 0, slidesUnder14: [] })
  })
})

describe('shownSource', () => {
  it.each<[SourceKind, string]>([
    ['tex', '$$ \\begin{align} \\nabla_{\\theta} E_x[f] &= \\nabla_{\\theta} \\'],
    ['tex', 'To put this in English, we have some distribution \\(p(x'],
    ['tex', 'The gradient is \\frac{a}{b}'],
    ['tex', 'where $x_t$ is the state'],
    ['templates', '{% Img src="image/a.png", alt="Chart" %}'],
    ['templates', '{{< figure src="a.png" >}}'],
    ['templates', '{{% notice %}}'],
    ['templates', '{{ page.url | relative_url }}'],
    ['templates', '{{image "ismmkeynote/image63.png"}}'],
    ['templates', '{{#rustdoc_include ../listings/a/src/main.rs:here}}'],
    ['mdx', 'Import ContributionNotes from \'@/assets/docs/fragments/contribution-notes.md\''],
    ['mdx', 'export const meta = { title: 1 }'],
    ['diagrams', 'graph TD'],
    ['diagrams', 'style A fill:#F9D5E5,stroke:#000000'],
    ['diagrams', 'sequenceDiagram'],
    ['diagrams', '@startuml'],
  ])('%s: %j', (kind, text) => {
    expect(shownSource([text], [])[kind]).toEqual([text])
  })
  it('finds diagram source in a code excerpt, line by line, but not TeX or templates there', () => {
    const found = shownSource([], ['graph TD\n  A --> B\n  style A fill:#fff', '{% raw %} \\frac{1}{2}'])
    expect(found).toEqual({ tex: [], templates: [], mdx: [], diagrams: ['graph TD', 'style A fill:#fff'] })
  })
  it('leaves a Markdown sample that shows a diagram fence to the article (an example, not a diagram to draw)', () => {
    expect(shownSource([], ['```mermaid\nsequenceDiagram\n  A->>B: hi\n```']).diagrams).toEqual([])
  })
  it.each([
    'It costs $5 and $10 a month.',
    'Revenue was $10,350 in May',
    'We import data from the web.',
    'The timeline of the release',
    '50% of respondents {they said}',
    'A graph of the results',
  ])('leaves prose alone: %j', (text) => {
    expect(shownSource([text], [])).toEqual({ tex: [], templates: [], mdx: [], diagrams: [] })
  })
})

describe('badLabel', () => {
  it.each<[ChartEntry, Lang, string | undefined]>([
    [{ label: '', figure: '36%' }, 'zh', 'empty'],
    [{ label: '36%', figure: '36%' }, 'zh', 'the figure'],
    [{ label: '$5,000', figure: '$350' }, 'en', 'the figure'],
    [{ label: 'About', figure: '12%' }, 'en', 'fragment'],
    [{ label: 'Since', figure: '2023-05' }, 'en', 'fragment'],
    [{ label: 'We', figure: '$5,000' }, 'en', 'fragment'],
    [{ label: '进度在', figure: '36%' }, 'zh', 'fragment'],
    [{ label: 'に、5 年と 4 ヶ月勤めたメルカリを退職した', figure: '2023年' }, 'ja', 'fragment'],
    [{ label: 'Web button', figure: '498' }, 'en', undefined],
    [{ label: 'AsyncAPI', figure: '$5,000' }, 'en', undefined],
    [{ label: '年收入', figure: '10亿美元' }, 'zh', undefined],
    [{ label: 'GPT-5', figure: '' }, 'en', undefined],
  ])('%j (%s): %s', (entry, lang, why) => {
    expect(badLabel(entry, lang)).toBe(why)
  })
})

describe('slideFacts', () => {
  const base: Slide = { kind: 'content', title: 'Setup', layout: 'default', routeAlias: 'setup', body: [], notes: [{ type: 'paragraph', children: [{ type: 'text', value: 'Two words' }] }], seconds: 30, section: 'Setup' }
  it.each<[string, Slide['kind'], boolean]>([
    ['Setup', 'content', false],
    ['Setup (cont.)', 'content', true],
    ['Setup（续）', 'content', true],
    ['Setup（続き）', 'content', true],
    ['Setup and teardown', 'content', false],
    ['Setup (cont.)', 'quote', false],
  ])('%j (%s) continues its section: %s', (title, kind, continued) => {
    const deck: Pick<Deck, 'lang' | 'slides'> = { lang: 'en', slides: [{ ...base, title, kind }] }
    expect(slideFacts(deck, [], new Set())[0]!.continued).toBe(continued)
  })
  it('lists a chart\'s entries with their figures, and counts what the notes say', () => {
    const deck: Pick<Deck, 'lang' | 'slides'> = { lang: 'en', slides: [{ ...base, chart: { type: 'bar', source: { line: 1, column: 1 }, items: [{ label: 'We', value: 5000, display: '$5,000' }] } }] }
    const [facts] = slideFacts(deck, [], new Set([1]))
    expect(facts).toMatchObject({ chartEntries: [{ label: 'We', figure: '$5,000' }], said: 8, overflow: true, chart: true })
  })
})
