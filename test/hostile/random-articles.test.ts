// Property tests: random Markdown articles built from nasty pieces (Vue, Slidev and HTML
// syntax, Markdown edge cases, CJK text) must give sound, inert decks, the same every time.
import fc from 'fast-check'
import { deckProblems, generateText } from './deck-checks.ts'
import { article } from './random-article.ts'

describe('random articles', () => {
  it('give sound, inert decks', () => {
    fc.assert(fc.property(article, (text) => {
      expect(deckProblems(text)).toEqual([])
    }), { numRuns: 200 })
  })

  it('give the same deck every time', () => {
    fc.assert(fc.property(article, (text) => {
      expect(generateText(text).markdown).toBe(generateText(text).markdown)
    }), { numRuns: 100 })
  })
})
