// Sphinx and d2l write cross-reference targets as a role on a line of its own after a heading,
// a formula or a figure (":label:`sec_valueiter`", ":eqlabel:`eq_bellman`"). Such a paragraph is
// markup: shown, it became the cover's subtitle and a bullet of the d2l article's first slide.
import type { Paragraph, Root } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'

const role = /^\s*:[a-z][\w-]*:\s*$/u
// A role and its target, the way the source writes them.
const roleLine = /^\s*:[a-z][\w-]*:`[^`\n]+`\s*$/mu

/** Whether `source` may hold a role line: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldRoleLines(source: string): boolean {
  return roleLine.test(source)
}

/** Whether `node` is nothing but roles and their targets (`:label:` then inline code, perhaps several). */
export function isRoleLine(node: Paragraph): boolean {
  const parts = node.children.filter(child => child.type !== 'text' || child.value.trim())
  return parts.length >= 2 && parts.length % 2 === 0
    && parts.every((child, index) => index % 2 === 0 ? child.type === 'text' && role.test(child.value) : child.type === 'inlineCode')
}

/** Take role-only paragraphs out of `tree` (in place). */
export function roleLines(tree: Root): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (parent && index !== undefined && isRoleLine(node)) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
  })
}
