import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { kramdownMarkup, mayHoldKramdownAttributes } from './kramdown-attributes.ts'

function shown(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  kramdownMarkup(tree)
  return toMarkdown(tree)
}

describe('kramdownMarkup', () => {
  it.each([
    ['a block IAL on its own', 'Intro.\n\n{: class="table-of-content"}\n\nText.\n', 'Intro.\n\nText.\n'],
    ['a block IAL under a paragraph', 'A paragraph.\n{:.note}\n', 'A paragraph.\n'],
    ['a span IAL after emphasis', 'This is *red*{: style="color: red"} text.\n', 'This is *red* text.\n'],
    ['an attribute list definition', '{:ref: .class #id}\n\nText.\n', 'Text.\n'],
    ['an extension', '{::options parse_block_html="true" /}\n\nText.\n', 'Text.\n'],
    ['the TOC placeholder', '* TOC\n{:toc}\n\n## First\n', '## First\n'],
    ['a numbered TOC placeholder', '1. Contents\n{:toc}\n\nText.\n', 'Text.\n'],
    ['an IAL under a list', '- a\n- b\n{: .list}\n', '* a\n* b\n'],
  ])('takes out %s', (_, markdown, expected) => {
    expect(shown(markdown)).toBe(expected)
  })

  it.each([
    ['a colon in braces that is no IAL', 'Set {a: 1} and {b : 2}.\n'],
    ['an IAL in code', '```\n{: .x}\n```\n'],
    ['a two-item list', '* TOC\n* More\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(shown(markdown)).toBe(markdown)
  })

  it('is looked for only where the source has `{:`', () => {
    expect(mayHoldKramdownAttributes('a {: .x}')).toBe(true)
    expect(mayHoldKramdownAttributes('a { x }')).toBe(false)
  })
})
