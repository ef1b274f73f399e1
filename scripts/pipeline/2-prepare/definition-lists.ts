// Definition lists (PHP Markdown Extra, kramdown, and Goldmark, Hugo's Markdown): a term on
// one line and `: its definition` on the next. CommonMark reads them as one paragraph with the
// colon at the start of a line, which the site never shows; the site shows the term and its
// definition. Here the term runs into its definition, "Term: definition"; a second definition
// of the same term follows after "; ".
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

const definitionLine = /\n:[ \t]+/g

/** Whether `source` may hold a definition list: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldDefinitions(source: string): boolean {
  return /\n:[ \t]/.test(source)
}

/** Join each definition to its term in the paragraphs of `tree` (in place). */
export function definitionLists(tree: Root): void {
  visit(tree, 'paragraph', (paragraph) => {
    let seen = 0
    for (const child of paragraph.children) {
      if (child.type === 'text')
        child.value = child.value.replace(definitionLine, () => seen++ ? '; ' : ': ')
    }
  })
}
