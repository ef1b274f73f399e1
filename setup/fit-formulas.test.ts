import { formulaScale, smallestShare } from './fit-formulas.ts'

describe('formulaScale', () => {
  it.each([
    [400, 800, 1],
    [800, 800, 1],
    [1000, 800, 0.8],
    [900, 800, 0.88],
    [4000, 800, smallestShare],
    [0, 800, 1],
    [500, 0, 1],
  ])('a formula %i px wide in %i px → %f', (wide, room, expected) => {
    expect(formulaScale(wide, room)).toBe(expected)
  })
})
