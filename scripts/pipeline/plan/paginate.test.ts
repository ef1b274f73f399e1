import type { Candidate, Point } from '../points/point.ts'
import { slideRoom } from '../points/point.ts'
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
