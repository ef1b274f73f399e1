// Conformance corpus: every example of the CommonMark spec, as a whole article and as
// the body of a chapter between two others, must give a sound, inert deck.
import { tests } from 'commonmark-spec'
import { deckProblems } from './deck-checks.ts'

// The spec writes tabs as → so they show; the article gets real tabs.
const examples = tests.map(example => ({ ...example, markdown: example.markdown.replaceAll('→', '\t') }))

/** The example as the body of the middle chapter of a small article. */
export function inChapter(markdown: string): string {
  return `# Corpus\n\n## Before\n\nText before the example.\n\n## Example\n\n${markdown}\n\n## After\n\nText after the example.\n`
}

describe('commonmark-spec corpus', () => {
  it('has the examples of the spec', () => {
    expect(examples.length).toBeGreaterThan(600)
  })

  it.each([
    ['on its own', (markdown: string) => markdown],
    ['inside a chapter', inChapter],
  ])('gives a sound, inert deck for every example %s', (_, wrap) => {
    const failures = examples.flatMap((example) => {
      const problems = deckProblems(wrap(example.markdown))
      return problems.length ? [`example ${example.number} (${example.section}):\n  ${problems.join('\n  ')}`] : []
    })
    expect(failures).toEqual([])
  })
})
