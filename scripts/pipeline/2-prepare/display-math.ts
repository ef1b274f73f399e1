// kramdown and LaTeX write a display formula as a paragraph of its own, `$$…$$` or `\[…\]`;
// micromark reads it as inline math (a formula over several lines from a `$$` line on is
// display math already: 1-parse/tex-math.ts). Such a paragraph becomes a display formula: a visual on the slide.
import type { Paragraph, Root } from 'mdast'
import type { InlineMath, Math } from 'mdast-util-math'
import { visit } from 'unist-util-visit'

// The inline math `paragraph` is, alone (whitespace around it aside), or undefined.
function only(paragraph: Paragraph): InlineMath | undefined {
  const shown = paragraph.children.filter(child => child.type !== 'text' || child.value.trim())
  return shown.length === 1 && shown[0]!.type === 'inlineMath' ? shown[0] : undefined
}

/** Whether `formula` is written as display math, `$$…$$` or `\[…\]`, in `source` (the article). */
export function writtenAsDisplay(formula: InlineMath, source: string): boolean {
  // micromark skips a leading BOM: offsets after it are one less than in the string.
  const bom = source.charCodeAt(0) === 0xFEFF ? 1 : 0
  const offset = formula.position?.start.offset
  return offset !== undefined && /^(?:\$\$|\\\[)/.test(source.slice(offset + bom, offset + bom + 2))
}

/** Paragraphs of `tree` that are one `$$…$$` or `\[…\]` formula alone, as display math (in place); `source`: the article. */
export function displayMath(tree: Root, source: string): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    const formula = only(node)
    if (!formula || !parent || index === undefined || !writtenAsDisplay(formula, source))
      return
    const math: Math = { type: 'math', meta: null, value: formula.value.trim(), position: node.position }
    parent.children.splice(index, 1, math as never)
  })
}
