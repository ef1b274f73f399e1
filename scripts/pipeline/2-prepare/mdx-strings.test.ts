import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { mayHoldMdxStrings, mdxStrings } from './mdx-strings.ts'

function prepared(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown)
  mdxStrings(tree)
  return toString(tree.children[0] as Paragraph)
}

describe('mdxStrings', () => {
  it('takes out the whitespace strings MDX writes in console output', () => {
    expect(prepared('Uncaught Error: hit\n{\'  \'}at Throws\n{\'  \'}...{\'\\n\'}\nThe above error occurred')).toBe('Uncaught Error: hit\nat Throws\n...\nThe above error occurred')
    expect(prepared('<https://react.dev/link/hydration-mismatch> {\'\\n\'}\nnext')).toBe('https://react.dev/link/hydration-mismatch\nnext')
  })
  it('leaves other braces alone', () => {
    expect(prepared('Use {\'x\'} or {count} in a template.')).toBe('Use {\'x\'} or {count} in a template.')
  })
  it('is looked for only where the source may hold one, and every source it changes does', () => {
    const changed = ['a\n{\'  \'}at Throws', 'b {"\\n"}\nnext', 'c {\'\t\'}']
    for (const source of changed) {
      expect(prepared(source)).not.toBe(source)
      expect(mayHoldMdxStrings(source)).toBe(true)
    }
    expect(mayHoldMdxStrings('Use {count} or { \'x\' } in a template.')).toBe(false)
  })
})
