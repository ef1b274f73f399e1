import type { Point } from './point.ts'
import { heading, intro, item, list, paragraph } from '../../../../test/support/points.ts'
import { leads } from './point-leads.ts'

// Each chunk is written as letters: H a sub-heading, I a list's introduction, i an item of
// the list after it, S a paragraph's sentence. The leads each point needs are written the
// same way, by the index of the lead in the chunk.
function chunk(letters: string): Point[] {
  const group = list()
  return [...letters].map((letter, at) => letter === 'H' ? heading(`h${at}`) : letter === 'I' ? intro(`i${at}`) : letter === 'i' ? item(`item ${at}`, group) : paragraph(`s${at}`))
}

describe('leads', () => {
  it.each([
    // A sub-heading leads what follows it; itself it needs nothing.
    ['HSS', [[], [0], [0]]],
    // A list's introduction leads its items, under the sub-heading.
    ['HIii', [[], [0], [0, 1], [0, 1]]],
    // A paragraph after the list ends the introduction's reach.
    ['IiiS', [[], [0], [0], []]],
    ['HIiiS', [[], [0], [0, 1], [0, 1], [0]]],
    // A new sub-heading replaces the last and drops the introduction.
    ['HIiHi', [[], [0], [0, 1], [], [3]]],
    // Nothing leads a chunk without sub-headings or lists.
    ['SS', [[], []]],
  ])('%s → %j', (letters, expected) => {
    const points = chunk(letters)
    expect(leads(points).map(needed => needed.map(lead => points.indexOf(lead)))).toEqual(expected)
  })
})
