import type { Point } from './point.ts'
import { paragraph } from '../../../../test/support/points.ts'
import { plainText } from '../../text/phrasing.ts'
import { isRepeatable, rankPicks } from './rank-picks.ts'

// One English point per sentence, its salience score beside it; sentences share no content
// word, so the order is the scores' (the redundancy term adds nothing).
interface Row {
  sentences: [string, number][]
  /** Index of the point whose sentence a shown block illustrates. */
  illustrated?: number
  /** Key points earlier slides of the section show. */
  seen?: string[]
  expected: string[]
}

function ranked({ sentences, illustrated, seen = [] }: Row): string[] {
  const points: Point[] = sentences.map(([text]) => paragraph(text))
  const scores = new Map(points.map((point, at) => [point.candidates![0]!, sentences[at]![1]]))
  const picks = rankPicks(points, scores, new Set(illustrated === undefined ? [] : [points[illustrated]]), 'en', new Set(seen))
  return picks.map(pick => plainText(pick.candidate.shown))
}

describe('rankPicks', () => {
  it.each<[string, Row]>([
    ['best score first', { sentences: [['Alpha rises sharply overnight', 1], ['Beta falls slowly downward', 3], ['Gamma holds steady', 2]], expected: ['Beta falls slowly downward', 'Gamma holds steady', 'Alpha rises sharply overnight'] }],
    ['a negative score (an announcement) left out', { sentences: [['Alpha rises sharply overnight', -9], ['Beta falls slowly downward', 1]], expected: ['Beta falls slowly downward'] }],
    ['the sentence a shown block illustrates first', { sentences: [['Alpha rises sharply overnight', 3], ['Beta falls slowly downward', 0.1]], illustrated: 1, expected: ['Beta falls slowly downward', 'Alpha rises sharply overnight'] }],
    ['a pointer elsewhere after a point that says something', { sentences: [['See issue 28491 for more info', 3], ['Beta falls slowly downward', 2]], expected: ['Beta falls slowly downward', 'See issue 28491 for more info'] }],
    ['a fragment never', { sentences: [['The total cost of', 3], ['Beta falls slowly downward', 2]], expected: ['Beta falls slowly downward'] }],
    ['a key point an earlier slide showed left out', { sentences: [['Alpha rises sharply overnight', 3], ['Beta falls slowly downward', 2]], seen: ['Alpha rises sharply overnight'], expected: ['Beta falls slowly downward'] }],
    ['a repeat within the slide offered once', { sentences: [['Alpha rises sharply overnight', 3], ['Alpha rises sharply overnight', 2], ['Beta falls slowly downward', 1]], expected: ['Alpha rises sharply overnight', 'Beta falls slowly downward'] }],
    ['a short answer may come again', { sentences: [['Yes, it does.', 3], ['Beta falls slowly downward', 2]], seen: ['Yes, it does.'], expected: ['Yes, it does.', 'Beta falls slowly downward'] }],
  ])('%s', (_, row) => {
    expect(ranked(row)).toEqual(row.expected)
  })
})

describe('isRepeatable', () => {
  it.each([
    ['Yes', true],
    ['是的，没错。', true],
    // Under sixteen visible characters (whitespace left out).
    ['Fifteen-chars!!', true],
    ['Sixteen-chars!!!', false],
    ['Sixteen chars !!!', true],
    ['推理能力成为主流模型的标配之一', true],
    ['推理能力成为主流模型的标配之一。', false],
  ])('%s → %s', (text, expected) => {
    expect(isRepeatable(text)).toBe(expected)
  })
})
