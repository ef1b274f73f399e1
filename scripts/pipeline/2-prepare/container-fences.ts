// Container fences of Docusaurus, VitePress and VuePress (`:::info 专家点评` … `:::`) are
// not CommonMark, so they arrive as text around the paragraph they wrap. The fences are
// markup, not words: they are taken off, and a fence's title becomes a bold lead (which
// the slide shows like any sub-heading). The block between them stays as written.
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast'

// Docusaurus also writes the title in brackets, `:::tip[Title]`.
const opening = /^:{3,}[ \t]*[a-z][\w-]*(?:\[([^\]\n]*)\]|[ \t]([^\n]*))?(?:\n|$)/iu
const closing = /(?:^|\n)[ \t]*:{3,}[ \t]*$/u

/** The paragraph's children with `pattern` cut from its first or last text, and what was cut. */
export function cut(children: PhrasingContent[], pattern: RegExp, at: 'first' | 'last'): { children: PhrasingContent[], match?: RegExpExecArray } {
  const index = at === 'first' ? 0 : children.length - 1
  const node = children[index]
  const match = node?.type === 'text' ? pattern.exec(node.value) : null
  if (!node || node.type !== 'text' || !match)
    return { children }
  const value = at === 'first' ? node.value.slice(match[0].length) : node.value.slice(0, match.index)
  const copy = [...children]
  copy.splice(index, 1, ...(value ? [{ ...node, value }] : []))
  return { children: copy, match }
}

function unfence(paragraph: Paragraph): RootContent[] {
  const opened = cut(paragraph.children, opening, 'first')
  const closed = cut(opened.children, closing, 'last')
  if (!opened.match && !closed.match)
    return [paragraph]
  const title = (opened.match?.[1] ?? opened.match?.[2])?.trim()
  const lead = title ? [titleLead([{ type: 'text', value: title }], paragraph)] : []
  const rest = closed.children.some(child => child.type !== 'text' || child.value.trim()) ? [{ ...paragraph, children: closed.children }] : []
  return [...lead, ...rest]
}

/** A container's title as the bold lead the slide shows like a sub-heading, at `from`'s place in the article. */
export function titleLead(title: PhrasingContent[], from: RootContent): Paragraph {
  return { type: 'paragraph', children: [{ type: 'strong', children: title }], position: from.position }
}

/** Take container fences off the top-level paragraphs of `tree` (in place). */
export function containerFences(tree: Root): void {
  tree.children = tree.children.flatMap(node => node.type === 'paragraph' ? unfence(node) : [node])
}
