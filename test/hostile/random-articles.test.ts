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

  // Counterexamples the property found, shrunk by hand, kept as fixed cases.
  it.each([
    // A table cell's `\\|` is a pipe in a formula too (1-parse/tex-math.ts); a formula KaTeX cannot typeset is code, where it was kept.
    ['a formula with `\\|` in a table cell, shown as code', '| a |\n| - |\n| $\\| \\frac$ |\n'],
    ['the same between `\\(` and `\\)`', '| a |\n| - |\n| \\(\\| \\frac\\) |\n'],
    ['an escaped backslash before the pipe', '| a |\n| - |\n| $a \\\\\\| \\frac$ |\n'],
    ['the property\'s own', '| {{ constructor.constructor(\'window.__pwned=1\')() }} | b |\n| --- | --- |\n| $$ \\| {{ constructor.constructor(\'window.__pwned=1\')() }} $$\\frac{{a}}{b} <!-- x --> -->$$ {{ constructor.constructor(\'window.__pwned=1\')() }} | c |\n\n[^1]: {{ constructor.constructor(\'window.__pwned=1\')() }}\n'],
    // Slidev reads `$ ---$` as text: an inline formula gets no space before its dashes (inert/tex.ts).
    ['an inline formula of dashes', 'a $---$ b\n'],
    ['the property\'s own, kramdown\'s inline `$$`', '{{ constructor.constructor(\'window.__pwned=1\')() }} $$ --- $$\n\n- {{ constructor.constructor(\'window.__pwned=1\')() }}\n'],
    // The HTML sanitizer collapses the space between two formulas shown as code: ``+`…` made one broken code span.
    ['an empty formula, then one KaTeX cannot typeset, beside HTML', '$$ $$ $\\frac {{ x }}$ <b>b</b> $$\n'],
    // KaTeX's annotation holds the TeX as text: `src=` there is no attribute (slidev-katex.ts).
    ['an unclosed `$$` before an iframe', '$$\n\n<iframe src="https://example.com"></iframe>\n'],
  ])('give a sound deck for %s', (_, text) => {
    expect(deckProblems(text)).toEqual([])
  })

  it('give the same deck every time', () => {
    fc.assert(fc.property(article, (text) => {
      expect(generateText(text).markdown).toBe(generateText(text).markdown)
    }), { numRuns: 100 })
  })
})
