import type { Page } from '../points/page.ts'
import type { Point } from '../points/point.ts'
import { isSparse, joinSparse } from './sparse-pages.ts'

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
