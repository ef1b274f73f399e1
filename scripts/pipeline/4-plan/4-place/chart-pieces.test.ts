import { describe, expect, it } from 'vitest'
import { capPieces, cutByPage } from './chart-pieces.ts'

describe('capPieces', () => {
  it('splits a piece of more than max entries into even runs in order, nothing lost', () => {
    const pieces = capPieces(cutByPage(Array.from({ length: 13 }, () => 0), 3), 6)
    expect(pieces.map(piece => piece.length)).toEqual([5, 5, 3])
    expect(pieces.flat()).toEqual(Array.from({ length: 13 }, (_, i) => i))
  })

  it('keeps pieces within max as they are', () => {
    expect(capPieces([[0, 1, 2], [3, 4, 5, 6]], 6)).toEqual([[0, 1, 2], [3, 4, 5, 6]])
    expect(capPieces([[0, 1, 2, 3, 4, 5, 6, 7]])).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]])
  })
})

describe('cutByPage', () => {
  it.each<[string, number[], number, number[][]]>([
    ['a piece per page with enough entries', [0, 0, 0, 1, 1, 1], 3, [[0, 1, 2], [3, 4, 5]]],
    ['pages with too few joined until they have enough', [0, 1, 2], 3, [[0, 1, 2]]],
    ['no chart when the entries found on pages are too few for one', [0, -1, 0, 1], 4, []],
    ['no chart when entries on no page leave too few', [0, -1, 1], 3, []],
    ['the found entries when they are enough together', [0, 1, -1, 1], 3, [[0, 1, 3]]],
  ])('%s', (_, at, min, expected) => {
    expect(cutByPage(at, min)).toEqual(expected)
  })
})
