import { mathToMarkdown } from 'mdast-util-math'
import { toMarkdown } from 'mdast-util-to-markdown'
import { parseWhole } from '../1-parse/parse.ts'
import { admonitions } from './admonitions.ts'

function prepared(markdown: string): string {
  const tree = parseWhole(markdown)
  admonitions(tree, markdown)
  return toMarkdown(tree, { extensions: [mathToMarkdown()] })
}

describe('admonitions', () => {
  // The shapes cp-algorithms writes, each after a sentence with `$x$` (the article uses math).
  it.each([
    // An empty title: no lead; the body is Markdown (bold, math), no longer indented code.
    ['!!! info ""\n\n    **Lemma.** $sol\\geq f.$\n', '**Lemma.** $sol\\geq f.$\n'],
    // A collapsible one with a title: the title is the lead.
    ['??? info "Proof"\n\n    Suppose $\\Delta=0$. Then **no**.\n\n    Second paragraph.\n', '**Proof**\n\nSuppose $\\Delta=0$. Then **no**.\n\nSecond paragraph.\n'],
    // One space more than the indent (cp-algorithms' second lemma) and `???+` (open by default).
    ['???+ note "Open"\n\n     **Lemma.** $\\Delta > 0.$\n', '**Open**\n\n**Lemma.** $\\Delta > 0.$\n'],
    // No title at all, and a list in the body.
    ['!!! tip\n\n    - one\n    - two\n', '* one\n* two\n'],
    // Inside a list item, its body indented under it.
    ['- item\n\n    !!! info "Remark"\n\n        This is the **dual problem**.\n', '* item\n\n  **Remark**\n\n  This is the **dual problem**.\n'],
    // The body right under the marker, no blank line: CommonMark read it as the same paragraph.
    ['!!! warning "Careful"\n    Do not.\n', '**Careful**\n\nDo not.\n'],
    // A fenced block after a marker is the article's own code, not its body.
    ['!!! info ""\n\n```\ncode\n```\n', '```\ncode\n```\n'],
    // Not a marker: words around.
    ['Say !!! info "x" loudly.\n', 'Say !!! info "x" loudly.\n'],
  ])('%j', (markdown, expected) => {
    expect(prepared(`Text $x$.\n\n${markdown}`)).toBe(`Text $x$.\n\n${expected}`)
  })

  it('keeps the body\'s positions in the article', () => {
    const markdown = 'Text $x$.\n\n!!! info ""\n\n    **Lemma.** $f$\n'
    const tree = parseWhole(markdown)
    admonitions(tree, markdown)
    const position = tree.children[1]!.position!
    expect(position.start).toEqual({ line: 5, column: 5, offset: markdown.indexOf('**Lemma') })
    expect(markdown.slice(position.start.offset, position.end.offset)).toBe('**Lemma.** $f$')
  })
})
