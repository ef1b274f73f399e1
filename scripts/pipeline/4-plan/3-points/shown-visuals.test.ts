import type { Point } from './point.ts'
import { code, heading, html, image, paragraph, table } from '../../../../test/support/points.ts'
import { silence } from './point.ts'
import { illustratedBy, illustrating, isVisual, shownVisuals, standsApart, visible } from './shown-visuals.ts'

// Chunks are written as letters: S a sentence, H a sub-heading, C a code block, T a table,
// P an image, D a diagram. Results name points by their index in the chunk.
function chunk(letters: string): Point[] {
  return [...letters].map((letter, at) => {
    switch (letter) {
      case 'C': return code(`run(${at})`)
      case 'T': return table(`cell ${at}`)
      case 'P': return image(`/p${at}.png`)
      case 'D': return code('graph TD;\n  A-->B;', 'mermaid')
      case 'H': return heading(`h${at}`)
      default: return paragraph(`sentence ${at}`)
    }
  })
}

const indices = (points: Point[], found: Iterable<Point | undefined>): number[] => [...found].map(point => point ? points.indexOf(point) : -1)

describe('visible (width in em, whitespace left out)', () => {
  it.each([
    ['二〇二五 年', 5],
    ['a b  c', 1.65],
    ['', 0],
  ])('%j → %d', (text, expected) => {
    expect(visible([{ type: 'text', value: text }])).toBeCloseTo(expected)
  })
})

describe('isVisual', () => {
  it.each<[string, Point, boolean]>([
    ['an image', image('/a.png'), true],
    ['a code block', code('x()'), true],
    ['a table', table('1'), true],
    ['HTML with content', html('<kbd>Ctrl</kbd>'), true],
    ['a bare wrapper tag', html('<div align="center">'), false],
    ['empty HTML', html('  '), false],
    ['a sentence', paragraph('A sentence.'), false],
    ['a silenced block', silence(code('x()')), false],
  ])('%s → %s', (_, point, expected) => {
    expect(isVisual(point)).toBe(expected)
  })
})

describe('shownVisuals', () => {
  it.each<[string, boolean, number[]]>([
    // Every image, and then no code or table.
    ['SPCP', false, [1, 3]],
    // Else the first code block or table only.
    ['SCST', false, [1]],
    ['STSC', false, [1]],
    // A diagram before any other block (images still first): it draws what the code beside it writes.
    ['SCSD', false, [3]],
    ['SDC', false, [1]],
    ['SPD', false, [1]],
    // A slide that goes on from another: a block opening it belongs to the sentence the slide
    // before showed, so it stays in the notes while the slide has something else to show.
    ['CS', true, []],
    ['CT', true, []],
    // Alone, it shows.
    ['C', true, [0]],
    // On a first slide, or below a sentence of this slide, it shows.
    ['CS', false, [0]],
    ['SC', true, [1]],
    ['HC', true, [1]],
  ])('%s (continued: %s) → %j', (letters, continued, expected) => {
    const points = chunk(letters)
    expect(indices(points, shownVisuals(points, continued))).toEqual(expected)
  })
})

describe('illustrating and illustratedBy', () => {
  it.each<[string, number, number]>([
    // The sentence just before the block.
    ['SSC', 2, 1],
    ['SCSC', 3, 2],
    // A sub-heading between them: the block illustrates nothing above it.
    ['SHC', 2, -1],
    // Nothing before it.
    ['CS', 0, -1],
    // Blocks are passed over.
    ['STC', 2, 0],
  ])('%s, block %i → %i', (letters, block, expected) => {
    const points = chunk(letters)
    expect(indices(points, [illustrating(points, points[block]!)])).toEqual([expected])
    expect(indices(points, illustratedBy(points, new Set([points[block]!])))).toEqual([expected])
  })
})

describe('standsApart', () => {
  it.each<[string, string, boolean, boolean, boolean]>([
    // Code whose sentence could show but was not picked stands apart.
    ['code, sentence showable, not picked', 'SC', true, false, true],
    ['code, sentence picked', 'SC', true, true, false],
    ['code, sentence not showable', 'SC', false, false, false],
    // A table says what it is in its header row: it never stands apart.
    ['table, sentence showable, not picked', 'ST', true, false, false],
  ])('%s → %s', (_, letters, showable, picked, expected) => {
    const points = chunk(letters)
    const sentence = points[0]!.candidates!
    expect(standsApart(points, new Set([points[1]!]), new Set(showable ? sentence : []), new Set(picked ? sentence : []))).toBe(expected)
  })
})
