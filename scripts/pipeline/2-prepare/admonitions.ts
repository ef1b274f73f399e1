// MkDocs-Material's admonitions (`!!! info "Title"`, collapsible `??? info "Proof"` and
// `???+`) are markup: the marker line is not CommonMark, and the body under it, indented four
// spaces, reads as indented code. cp-algorithms' slides showed a bullet `Info ""` and a `text`
// listing of `**Lemma.** $sol\geq f.$`. As a container fence (container-fences.ts), the marker
// goes, a title other than `""` becomes the bold lead, and the body is the article's Markdown,
// parsed in place (its math, bold and lists).
import type { Code, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseFragment } from '../1-parse/parse.ts'
import { usesMath } from '../1-parse/tex-math.ts'
import { cut, titleLead } from './container-fences.ts'

/** Whether `source` may hold an admonition: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldAdmonitions(source: string): boolean {
  return /^[ \t]*(?:!!!|\?\?\?)/m.test(source)
}

// The marker: `!!!` or `???`/`???+`, the type and any further classes (`inline end`), then the
// title in quotes (its opening quote matched here, its closing one by `closing`) or nothing.
const opening = /^(?:!!!|\?{3}\+?)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)*(?:[ \t]+"|[ \t]*(?:\n|$))/iu
const closing = /"[ \t]*(?:\n|$)/u

// The marker paragraph's title and what follows its first line (a body written without a blank line reads as its continuation).
function marker(paragraph: Paragraph): { title: PhrasingContent[], rest: PhrasingContent[] } | undefined {
  const opened = cut(paragraph.children, opening, 'first')
  if (!opened.match)
    return undefined
  if (!opened.match[0].endsWith('"'))
    return { title: [], rest: opened.children }
  // The title runs to the closing quote that ends the first line.
  const end = opened.children.findIndex(child => child.type === 'text' && closing.test(child.value))
  if (end < 0 || opened.children.slice(0, end).some(child => child.type === 'text' && child.value.includes('\n')))
    return undefined
  const closed = cut(opened.children.slice(0, end + 1), closing, 'last')
  const line = closed.match![0].endsWith('\n')
  const tail = opened.children[end] as { value: string }
  const after = line ? tail.value.slice(tail.value.search(closing) + closed.match![0].length) : ''
  return { title: closed.children, rest: [...(after ? [{ type: 'text', value: after } as const] : []), ...opened.children.slice(end + 1)] }
}

// Indented code: what CommonMark makes of the body (a fenced block is the article's own code).
function indented(node: RootContent | undefined, source: string): node is Code {
  const start = node?.type === 'code' && !node.lang ? node.position?.start.offset : undefined
  return start !== undefined && !/^[ \t]*(?:`{3}|~{3})/.test(source.slice(start, source.indexOf('\n', start) + 1 || undefined))
}

// The body parsed, its positions moved to the article: each line lost the four columns of its indent.
function body(code: Code, source: string, math: boolean): RootContent[] {
  const fragment = parseFragment(code.value, math)
  const start = code.position?.start
  if (start?.offset !== undefined) {
    const lineStarts = [start.offset - (start.column - 1)]
    for (let at = source.indexOf('\n', lineStarts[0]!); at >= 0 && lineStarts.length < fragment.position!.end.line; at = source.indexOf('\n', at + 1))
      lineStarts.push(at + 1)
    const indent = start.column - 1 + 4
    visit(fragment, (child) => {
      for (const point of child.position ? [child.position.start, child.position.end] : []) {
        point.offset = (lineStarts[point.line - 1] ?? 0) + indent + point.column - 1
        point.column += indent
        point.line += start.line - 1
      }
    })
  }
  return fragment.children
}

/** Admonitions of `tree` as their title's lead and their body's blocks (in place); `source`: the article. */
export function admonitions(tree: Root, source: string): void {
  const math = usesMath(source)
  visit(tree, (node: Nodes) => {
    if (!('children' in node) || !node.children.some(child => child.type === 'paragraph'))
      return
    const parent = node as Parent
    const children: RootContent[] = []
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index] as RootContent
      const found = child.type === 'paragraph' ? marker(child) : undefined
      if (!found) {
        children.push(child)
        continue
      }
      const next = parent.children[index + 1] as RootContent | undefined
      const rest = found.rest.some(part => part.type !== 'text' || part.value.trim()) ? [{ ...child, children: found.rest } as Paragraph] : []
      children.push(...(found.title.length ? [titleLead(found.title, child)] : []), ...rest)
      if (indented(next, source)) {
        children.push(...body(next, source, math))
        index++
      }
    }
    parent.children = children
  })
}
