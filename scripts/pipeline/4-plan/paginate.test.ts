import type { Candidate, Point } from './3-points/point.ts'
import { toString } from 'mdast-util-to-string'
import { slideRoom } from '../shared/tuning.ts'
import { paginate } from './paginate.ts'

// A paragraph point of `characters` Chinese characters of notes, showing `shown`.
function paragraph(characters = 125, shown = '推理能力成为主流模型的标配', bold = false): Point {
  const text = '测'.repeat(characters)
  const candidate: Candidate = { shown: [{ type: 'text', value: shown }], cues: { text: shown, first: true, bold, item: false }, lines: 1.3 }
  const item = { type: 'listItem', children: [{ type: 'paragraph', children: candidate.shown }] } as Point['item']
  return { kind: 'bullet', item, body: [], notes: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], lines: 1.3, candidates: [candidate] }
}

function shown(points: Point[]): Point[] {
  return points.filter(point => point.kind === 'bullet')
}

describe('paginate', () => {
  it('keeps a section of about a minute on one slide, showing a few points', () => {
    const pages = paginate(Array.from({ length: 8 }, () => paragraph(30)))
    expect(pages).toHaveLength(1)
    expect(shown(pages[0]!.points).length).toBeGreaterThanOrEqual(3)
    expect(shown(pages[0]!.points).length).toBeLessThanOrEqual(5)
    expect(pages[0]!.points.flatMap(point => point.notes)).toHaveLength(8)
  })
  it('splits a long section into slides of about a minute and a quarter each', () => {
    const pages = paginate(Array.from({ length: 12 }, () => paragraph()))
    expect(pages).toHaveLength(5)
    for (const page of pages) {
      expect(shown(page.points).length).toBeLessThanOrEqual(slideRoom.bullets)
      expect(page.points.reduce((sum, point) => sum + point.lines, 0)).toBeLessThanOrEqual(slideRoom.lines)
    }
    expect(pages.flatMap(page => page.points.flatMap(point => point.notes))).toHaveLength(12)
  })
  it.each([
    ['three short sayings share one', [30, 30, 30], [3]],
    ['two of the longest stay apart', [104, 104], [1, 1]],
    ['four short ones make three and one', [20, 20, 20, 20], [3, 1]],
  ] as const)('puts sayings in a row on quote slides: %s', (_, widths, sizes) => {
    // A saying of `em` em: Chinese characters are one em each.
    const saying = (em: number): Point => ({ kind: 'quote', body: [{ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: '说'.repeat(em) }] }] }], notes: [], lines: 0 })
    const pages = paginate([paragraph(), ...widths.map(saying)])
    expect(pages.filter(page => page.kind === 'quote').map(page => page.points.length)).toEqual(sizes)
  })
  it('gives a quote its own page after the text it came from', () => {
    const quote: Point = { kind: 'quote', body: [], notes: [], lines: 0 }
    expect(paginate([paragraph(), quote, paragraph()]).map(page => page.kind)).toEqual(['content', 'quote'])
  })
  it('does not end a page with a sub-heading', () => {
    const lead: Point = { kind: 'lead', body: [], notes: [{ type: 'paragraph', children: [{ type: 'text', value: '小标题' }] }], lines: 1.3 }
    const pages = paginate([paragraph(300), paragraph(300), lead, paragraph(300)])
    for (const page of pages)
      expect(page.points.at(-1)?.kind).not.toBe('lead')
  })
  it('shows fewer points in a section the fit stage tightened', () => {
    const points = Array.from({ length: 8 }, () => paragraph(30))
    expect(shown(paginate(points, 0.4)[0]!.points).length).toBeLessThan(shown(paginate(points)[0]!.points).length)
  })
  it('shows at most one code block a slide, the rest in its notes', () => {
    const code = (): Point => ({ kind: 'block', body: [{ type: 'code', value: 'select 1' }], notes: [{ type: 'code', value: 'select 1' }], lines: 2.3 })
    const pages = paginate([paragraph(60), code(), code(), code(), paragraph(60), code()])
    expect(pages).toHaveLength(1)
    expect(pages[0]!.points.filter(point => point.body.some(block => block.type === 'code'))).toHaveLength(1)
    expect(pages[0]!.points.flatMap(point => point.notes).filter(node => node.type === 'code')).toHaveLength(4)
  })
})

describe('paginate: code beside its sentence', () => {
  const code = (value: string): Point => ({ kind: 'block', body: [{ type: 'code', value }], notes: [{ type: 'code', value }], lines: 2.3 })
  const lead = (value: string): Point => ({ kind: 'lead', body: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }], notes: [{ type: 'heading', depth: 4, children: [{ type: 'text', value }] }], lines: 1.3 })
  const texts = (page: { points: Point[] }): string[] => page.points.flatMap(point => point.kind === 'bullet' ? [String(point.item!.children[0]!.type === 'paragraph' && (point.item!.children[0].children[0] as { value: string }).value)] : [])
  const codes = (page: { points: Point[] }): string[] => page.points.flatMap(point => point.body.flatMap(block => block.type === 'code' ? [block.value] : []))

  it('shows the sentence a code block illustrates, before a later sub-heading\'s', () => {
    // Either sentence fills the slide beside the code; the code's own goes first, and the
    // sub-heading gets its best sentence after it.
    const said = `先说这段代码做什么${'测'.repeat(40)}`
    const pages = paginate([paragraph(60, said), code('run()'), lead('下一节'), paragraph(60, `下一节的要点${'测'.repeat(44)}`)])
    expect(codes(pages[0]!)).toEqual(['run()'])
    expect(texts(pages[0]!)[0]).toEqual(said)
  })
  it('leaves a code block whose sentence ended the slide before to the notes', () => {
    const pages = paginate([paragraph(400, '第一页的要点'), paragraph(400, '引出代码的一句'), code('first()'), lead('下一节'), paragraph(400, '下一节的要点'), code('second()')])
    expect(pages.flatMap(codes)).not.toContain('first()')
    expect(pages.flatMap(page => page.points.flatMap(point => point.notes)).filter(node => node.type === 'code')).toHaveLength(2)
  })
  it('shows a sentence the article repeats once a section', () => {
    const pages = paginate([paragraph(400, '在水合时出错，服务器端的内容被客户端替换了'), paragraph(400, '别的要点'), paragraph(400, '在水合时出错，服务器端的内容被客户端替换了')])
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flatMap(texts).filter(text => text === '在水合时出错，服务器端的内容被客户端替换了')).toHaveLength(1)
    const one = paginate([paragraph(30, '在水合时出错，服务器端的内容被客户端替换了'), paragraph(30, '别的要点'), paragraph(30, '在水合时出错，服务器端的内容被客户端替换了')])
    expect(one).toHaveLength(1)
    expect(texts(one[0]!)).toEqual(['在水合时出错，服务器端的内容被客户端替换了', '别的要点'])
  })
})

describe('paginate: an image with the paragraph that leads into it', () => {
  const image = (alt: string): Point => ({ kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url: `${alt}.png`, alt }] }], notes: [{ type: 'paragraph', children: [{ type: 'image', url: `${alt}.png`, alt }] }], lines: 6 })
  const note = (value: string): Point => ({ ...paragraph(20, value), notes: [{ type: 'paragraph', children: [{ type: 'text', value }] }] })
  const lead = (value: string): Point => ({ kind: 'lead', body: [], notes: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }], lines: 1.3 })
  const listing = (value: string): Point => ({ kind: 'block', body: [{ type: 'code', value }], notes: [{ type: 'code', value }], lines: 2.3 })
  const pageNotes = (points: Point[]): string[][] => paginate(points).map(page => page.points.map(point => toString(point.notes).slice(0, 3).trim()))
  it.each([
    ['a step goes with its screenshot', [note('第一步'), image('图一'), note('说明'), note('第二步：'), image('图二')], [['第一步', '图一', '说明'], ['第二步', '图二']]],
    ['a sub-heading goes with the paragraph it heads', [note('第一步'), image('图一'), note('说明'), lead('小标题'), note('第二步：'), image('图二')], [['第一步', '图一', '说明'], ['小标题', '第二步', '图二']]],
    ['a paragraph right after an image stays with it (it may be its caption)', [note('第一步'), image('图一'), note('如上图所示'), image('图二')], [['第一步', '图一', '如上图'], ['图二']]],
    ['a code block after an image starts a slide with its step', [note('第一步'), image('图一'), note('第二步'), listing('name: build')], [['第一步', '图一'], ['第二步', 'nam']]],
    ['an image right after a code block stays with it (its output)', [note('运行'), listing('cargo run'), image('输出'), note('然后')], [['运行', 'car', '输出', '然后']]],
    ['a numbered caption is never split from its image', [paragraph(300), image('图一'), note('图 7.4 影响力分布'), paragraph(300)], [['测测测', '图一', '图 7'], ['测测测']]],
  ] as const)('%s', (_, points, expected) => {
    expect(pageNotes([...points])).toEqual(expected)
  })
})
