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
