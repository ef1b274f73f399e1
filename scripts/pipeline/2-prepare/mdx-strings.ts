// MDX articles (react.dev) write significant spaces and line breaks in prose as JavaScript
// string expressions, `{'  '}at Throws` and `{'\n'}`, which Markdown reads as text: on a
// slide they showed as braces and quotes. They are taken out: in Markdown the line breaks
// around them are already soft breaks, and indentation does not survive a paragraph.
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

// A string literal in braces: only spaces, tabs and `\n`/`\t` escapes, the whitespace MDX needs them for.
const expression = /\{(['"])(?:\\[nt]|[ \t])*\1\}/gu

/** Whether `source` may hold such an expression (a brace before a quote): a search of the text, far cheaper than a walk of the tree. */
export function mayHoldMdxStrings(source: string): boolean {
  return /\{['"]/u.test(source)
}

/** Take MDX whitespace string expressions out of the text of `tree` (in place). */
export function mdxStrings(tree: Root): void {
  visit(tree, 'text', (node) => {
    if (node.value.includes('{'))
      node.value = node.value.replace(expression, '').replaceAll(/[ \t]+(?=\n)/gu, '')
  })
}
