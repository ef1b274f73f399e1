// mdBook writes a listing kept in another file as a directive in a code block
// (`{{#rustdoc_include ../listings/ch04/listing-04-01/src/main.rs:here}}`, `{{#include file}}`):
// the block holds no code to show, only where the book finds it. Such a block goes to the notes,
// which name the file; on a slide it was a line of markup under a sentence about code it did not show.
import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

// One mdBook directive on a line of its own.
const directiveLine = /^\s*\{\{#(?:include|rustdoc_include|playground|rust)\s[^{}\n]*\}\}\s*$/u

/** Whether `source` may hold an mdBook include: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldIncludes(source: string): boolean {
  return source.includes('{{#')
}

/** Whether code `value` is only mdBook include directives. */
export function onlyIncludes(value: string): boolean {
  const lines = value.split('\n').filter(line => line.trim())
  return lines.length > 0 && lines.every(line => directiveLine.test(line))
}

// The label mdBook puts above a listing: `<span class="filename">文件名：src/main.rs</span>`.
const filenameLabel = /^<span class="filename">[^<]*<\/span>$/u

function isFilenameLabel(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && filenameLabel.test(toString(node).trim())
}

/** Send code blocks of `tree` that only include another file to the notes, with the file-name label above them (in place). */
export function includeDirectives(tree: Root): void {
  visit(tree, 'code', (node, index, parent) => {
    if (!onlyIncludes(node.value))
      return
    node.data = { ...node.data, talkdownNotesOnly: true }
    const label = parent && index ? parent.children[index - 1] : undefined
    if (label && isFilenameLabel(label as RootContent))
      label.data = { ...label.data, talkdownNotesOnly: true }
  })
}
