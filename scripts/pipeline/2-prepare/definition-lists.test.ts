import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { definitionLists, mayHoldDefinitions } from './definition-lists.ts'

function joined(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  definitionLists(tree)
  return toMarkdown(tree)
}

describe('definitionLists', () => {
  it.each([
    // Hugo's docs (Goldmark): a step and what to do in it
    ['Step 5\n: From GitHub\'s main menu, choose **Actions**.\n', 'Step 5: From GitHub\'s main menu, choose **Actions**.\n'],
    // a bold term, and a tab after the colon
    ['**Term**\n:\tIts meaning.\n', '**Term**: Its meaning.\n'],
    // two definitions of one term (kramdown)
    ['apple\n: a fruit\n: a company\n', 'apple: a fruit; a company\n'],
  ])('joins %j to its term', (markdown, expected) => {
    expect(joined(markdown)).toBe(expected)
  })

  it.each([
    ['a colon inside a line', 'Note: this stays.\n'],
    ['a colon with no space after it', 'Time\n:00 is not a definition.\n'],
    ['code', '```\nterm\n: not a definition\n```\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(joined(markdown)).toBe(markdown)
  })

  it.each([['a\n: b', true], ['a: b', false], ['a\n:b', false]])('mayHoldDefinitions(%j) → %s', (source, found) => {
    expect(mayHoldDefinitions(source)).toBe(found)
  })
})
