import type { Point } from '../points/point.ts'
import { slideRoom } from '../points/point.ts'
import { paginate } from './paginate.ts'

function bullet(lines = 1.3): Point {
  return { kind: 'bullet', item: { type: 'listItem', children: [] }, body: [], notes: [], lines }
}

describe('paginate', () => {
  it('never puts more than a slide holds on one page', () => {
    const pages = paginate(Array.from({ length: 20 }, () => bullet()))
    for (const page of pages) {
      expect(page.points.length).toBeLessThanOrEqual(slideRoom.bullets)
      expect(page.points.reduce((sum, point) => sum + point.lines, 0)).toBeLessThanOrEqual(slideRoom.lines)
    }
    expect(pages.flatMap(page => page.points)).toHaveLength(20)
  })
  it('fills pages evenly instead of leaving one bullet alone', () => {
    const sizes = paginate(Array.from({ length: 7 }, () => bullet())).map(page => page.points.length)
    expect(sizes).toEqual([4, 3])
  })
  it('gives a quote its own page after the text it came from', () => {
    const quote: Point = { kind: 'quote', body: [], notes: [], lines: 0 }
    expect(paginate([bullet(), quote, bullet()]).map(page => page.kind)).toEqual(['content', 'quote'])
  })
  it('does not end a page with a sub-heading', () => {
    const lead: Point = { kind: 'lead', body: [], notes: [], lines: 1.3 }
    const pages = paginate([bullet(3), bullet(3), lead, bullet(3)])
    for (const page of pages)
      expect(page.points.at(-1)?.kind).not.toBe('lead')
  })
  it('uses less room for a section the fit stage tightened', () => {
    expect(paginate(Array.from({ length: 6 }, () => bullet()), 0.5).length).toBeGreaterThan(1)
  })
})
