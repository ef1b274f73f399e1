import type { Room } from './fill-slide.ts'
import type { Point } from './point.ts'
import type { Pick } from './rank-picks.ts'
import { code, heading, paragraph } from '../../../../test/support/points.ts'
import { plainText } from '../../text/phrasing.ts'
import { fillSlide } from './fill-slide.ts'

// A chunk is a list of points, each written as the lengths of its sentences in em, the width the
// budget counts (a sentence of 20 is "A1" and 18 wide characters: the letter names its point and
// its place in the point, and takes about an em with the digit); "h" is a sub-heading of 4 characters ("H" a joined chapter's), "c" a code block of 90. Sentences
// are offered in the order `ranked` gives, as "A1" (point A's first sentence).
interface Row {
  chunk: (number[] | 'h' | 'H' | 'c')[]
  ranked: string[]
  wanted?: number
  room?: Room
  strict?: boolean
  /** Letters of the points whose sentence a shown block illustrates. */
  illustrated?: string
  /** Letters of the blocks shown. */
  visuals?: string
  /** The sentences picked, in the order they were taken, and the leads shown. */
  expected: { picked: string[], leads: string[] }
}

const letter = (at: number): string => String.fromCharCode(65 + at)

function fill(row: Row): Row['expected'] {
  const points: Point[] = row.chunk.map((point, at) => point === 'h' ? heading('Head') : point === 'H' ? heading('Head', 2) : point === 'c' ? code('x'.repeat(90)) : paragraph(...point.map((length, index) => `${letter(at)}${index + 1}`.padEnd(length, '字'))))
  const byName = (name: string): Point => points[name.charCodeAt(0) - 65]!
  const ranked: Pick[] = row.ranked.map(name => ({ point: byName(name), candidate: byName(name).candidates![Number(name.slice(1)) - 1]!, index: name.charCodeAt(0) - 65 }))
  const chosen = fillSlide({
    chunk: points,
    room: row.room ?? { lines: 9, bullets: 6 },
    ranked,
    wanted: row.wanted ?? 5,
    strict: row.strict ?? true,
    visuals: new Set([...row.visuals ?? ''].map(byName)),
    illustrated: new Set([...row.illustrated ?? ''].map(byName)),
  })
  return { picked: [...chosen.picked].map(candidate => plainText(candidate.shown).slice(0, 2)), leads: [...chosen.leadsShown].map(lead => letter(points.indexOf(lead))) }
}

describe('fillSlide', () => {
  it.each<[string, Row]>([
    // 20 + 20 + 20 + 20: the fourth brings the slide nearer the aim of 75 than it was (80 against 60).
    ['takes points until the slide is near its aim of characters', { chunk: [[20], [20], [20], [20], [20]], ranked: ['A1', 'B1', 'C1', 'D1', 'E1'], expected: { picked: ['A1', 'B1', 'C1', 'D1'], leads: [] } }],
    ['takes no more than it wants once it has 48 characters', { chunk: [[30], [30], [30]], ranked: ['A1', 'B1', 'C1'], wanted: 1, expected: { picked: ['A1', 'B1'], leads: [] } }],
    ['takes more than it wants while under 48 characters', { chunk: [[20], [20], [20], [20]], ranked: ['A1', 'B1', 'C1', 'D1'], wanted: 2, expected: { picked: ['A1', 'B1', 'C1'], leads: [] } }],
    ['stops at the room\'s bullets', { chunk: [[10], [10], [10], [10]], ranked: ['A1', 'B1', 'C1', 'D1'], room: { lines: 9, bullets: 2 }, expected: { picked: ['A1', 'B1'], leads: [] } }],
    ['stops at the room\'s lines', { chunk: [[10], [10], [10], [10]], ranked: ['A1', 'B1', 'C1', 'D1'], room: { lines: 2.5, bullets: 6 }, expected: { picked: ['A1', 'B1'], leads: [] } }],
    // Under 48 it wants more: 40 + 70 would pass the most of 105, 40 + 30 does not.
    ['passes over a point that would take it past the most', { chunk: [[40], [70], [30]], ranked: ['A1', 'B1', 'C1'], expected: { picked: ['A1', 'C1'], leads: [] } }],
    ['shows a first point however long', { chunk: [[150]], ranked: ['A1'], expected: { picked: ['A1'], leads: [] } }],
    // Strict: 4 + 130 is past 1.25 × 105; not strict, the best goes anyway, its sub-heading above it.
    ['holds back a first point whose leads take it far past the most', { chunk: ['h', [130]], ranked: ['B1'], expected: { picked: [], leads: [] } }],
    ['lets it go when not strict', { chunk: ['h', [130]], ranked: ['B1'], strict: false, expected: { picked: ['B1'], leads: ['A'] } }],
    ['shows the sub-heading above a sentence under it', { chunk: ['h', [20], [20]], ranked: ['B1', 'C1'], expected: { picked: ['B1', 'C1'], leads: ['A'] } }],
    ['gives each paragraph its turn before a second sentence of one', { chunk: [[20, 20], [20]], ranked: ['A1', 'A2', 'B1'], expected: { picked: ['A1', 'B1', 'A2'], leads: [] } }],
    ['takes first the sentence a shown block illustrates', { chunk: [[20], [20], 'c'], ranked: ['A1', 'B1'], visuals: 'C', illustrated: 'B', expected: { picked: ['B1'], leads: [] } }],
    // 4 + 70 is near the aim; under a second sub-heading or joined chapter's heading a sentence
    // still comes, within 1.25 × 105: the slide shows each heading its section holds.
    ['shows each sub-heading with its best sentence', { chunk: ['h', [70], 'h', [30]], ranked: ['B1', 'D1'], expected: { picked: ['B1', 'D1'], leads: ['A', 'C'] } }],
    ['shows each joined chapter with its best sentence', { chunk: ['H', [70], 'H', [30]], ranked: ['B1', 'D1'], expected: { picked: ['B1', 'D1'], leads: ['A', 'C'] } }],
    ['counts a shown block\'s characters', { chunk: [[20], [20], 'c'], ranked: ['A1', 'B1'], visuals: 'C', expected: { picked: ['A1'], leads: [] } }],
  ])('%s', (_, row) => {
    expect(fill(row)).toEqual(row.expected)
  })
})
