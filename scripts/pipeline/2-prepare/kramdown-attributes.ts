// kramdown's attribute lists and extensions are markup: a block IAL on its own line
// (`{: class="table-of-content"}`, `{:.note}`), a span IAL after an emphasis (`*a*{: .b}`),
// an attribute list definition (`{:ref: .class}`) and extensions (`{::options … /}`,
// `{::comment}` … `{:/comment}`), all of them `{:` … `}` on one line. They are taken out of the prose. kramdown's generated table
// of contents (`* TOC` with `{:toc}` under it) is a list of one placeholder item: it goes.
import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { stripMarkup } from './strip-markup.ts'

export const kramdownAttributes = /\{:[^{}\n]*\}/g
const tocList = /^[^\n]*(?:\n\s*)?\{:\s*toc\s*\}\s*$/

/** Whether `source` may hold kramdown attributes: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldKramdownAttributes(source: string): boolean {
  return source.includes('{:')
}

// kramdown writes the TOC placeholder as a one-item list (`* TOC`, `1. Contents`) with `{:toc}`.
function isTocList(node: RootContent): boolean {
  return node.type === 'list' && node.children.length === 1 && tocList.test(toString(node))
}

/** Take kramdown attribute lists, extensions and TOC placeholders out of `tree` (in place). */
export function kramdownMarkup(tree: Root): void {
  tree.children = tree.children.filter(node => !isTocList(node))
  stripMarkup(tree, kramdownAttributes)
}
