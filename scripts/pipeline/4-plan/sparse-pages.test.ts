import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { isSparse, joinSparse, pairImages } from './sparse-pages.ts'

function bullet(value: string, lines = 1, seconds = 30): Point {
  return { kind: 'bullet', item: { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }, body: [], notes: [{ type: 'paragraph', children: [{ type: 'text', value }] }], lines, seconds } as Point
}
const said = (point: Point): number => (point as Point & { seconds?: number }).seconds ?? 0

const image: Point = { kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url: 'a.png' }] }], notes: [], lines: 7 }
const page = (...points: Point[]): Page => ({ kind: 'content', points })
const quote: Page = { kind: 'quote', points: [{ kind: 'quote', body: [], notes: [], lines: 0 }] }
const room = { lines: 9.5, bullets: 6 }
const texts = (pages: Page[]): string[][] => pages.map(p => p.points.flatMap(point => point.notes.map(note => JSON.stringify(note).match(/"value":"([^"]*)"/u)?.[1] ?? '')))

describe('isSparse', () => {
  it.each([
    [page(bullet('Short')), true],
    [page(bullet('Short'), bullet('Other')), false],
    [page(image), false],
    [page(bullet('x'.repeat(200))), false],
    [quote, false],
  ] as const)('%#', (input, expected) => {
    expect(isSparse(input)).toBe(expected)
  })
})

describe('joinSparse', () => {
  it.each([
    // Joins the page before it when that has room.
    [[page(bullet('a'), bullet('b')), page(bullet('c'))], [['a', 'b', 'c']]],
    // Else the page after it.
    [[page(bullet('a', 9)), page(bullet('b')), page(bullet('c'))], [['a'], ['b', 'c']]],
    // Neither has room: it stays alone (and is set as a statement).
    [[page(bullet('a', 9)), page(bullet('b')), page(bullet('c', 9))], [['a'], ['b'], ['c']]],
    // Nor when the joined slide would be up for longer than two slides' time.
    [[page(bullet('a', 1, 100)), page(bullet('b', 1, 60))], [['a'], ['b']]],
    // A quote page between is no neighbour to join.
    [[page(bullet('a')), quote, page(bullet('b'), bullet('c'))], [['a'], [], ['b', 'c']]],
  ] as Array<[Page[], string[][]]>)('%#', (input, expected) => {
    expect(texts(joinSparse(input, room, said))).toEqual(expected)
  })
})

describe('pairImages', () => {
  const picture = (url: string, seconds = 30, size?: { width: number, height: number }): Point => ({ kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url, ...(size ? { data: { talkdownSize: size } } : {}) }] }], notes: [{ type: 'paragraph', children: [{ type: 'image', url }] }], lines: 7, seconds } as Point)
  const heading: Point = { kind: 'block', body: [], notes: [{ type: 'heading', depth: 5, children: [{ type: 'text', value: 'Second Example' }] }], lines: 0 }
  const lead: Point = { kind: 'lead', body: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'First Example' }] }] }], notes: [], lines: 1.3 }
  // Each slide as the images it shows, in order.
  const shown = (pages: Page[]): string[][] => pages.map(p => p.points.flatMap(point => point.body.flatMap(block => block.type === 'paragraph' ? block.children.flatMap(child => child.type === 'image' ? [child.url] : []) : [])))
  it.each([
    // Two one-image slides: one slide, the images in one paragraph (side by side).
    [[page(picture('a')), page(picture('b'))], [['a', 'b']]],
    // The first may open on its sub-heading.
    [[page(lead, picture('a')), page(picture('b'))], [['a', 'b']]],
    // Three: the first two pair, the third stays.
    [[page(picture('a')), page(picture('b')), page(picture('c'))], [['a', 'b'], ['c']]],
    // A sub-heading between them (kept in the notes) parts them: they show different things.
    [[page(picture('a'), heading), page(picture('b'))], [['a'], ['b']]],
    // A slide with text beside its image is no one-image slide.
    [[page(bullet('a'), picture('a')), page(picture('b'))], [['a'], ['b']]],
    // Nor is a pair up for longer than two slides' time.
    [[page(picture('a', 100)), page(picture('b', 60))], [['a'], ['b']]],
    // A picture much wider than high stays alone (the Go survey's charts); a squarer pair joins.
    [[page(picture('a', 30, { width: 576, height: 271 })), page(picture('b', 30, { width: 576, height: 243 }))], [['a'], ['b']]],
    [[page(picture('a', 30, { width: 400, height: 300 })), page(picture('b', 30, { width: 300, height: 400 }))], [['a', 'b']]],
  ] as Array<[Page[], string[][]]>)('%#', (input, expected) => {
    expect(shown(pairImages(input, said))).toEqual(expected)
  })
})
