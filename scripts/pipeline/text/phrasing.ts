// Offsets into inline content: the planner finds sentences in plain text, then cuts the
// mdast at the same offsets so bold, code and links survive shortening.
import type { PhrasingContent } from 'mdast'

type Cut = (node: PhrasingContent, start: number, end: number) => PhrasingContent | undefined

// A formula is one word of its sentence: its TeX counts at its length, but a `.` or `!` in it
// ends no sentence and starts no clause (a middle dot stands for each).
const formulaStops = /[.!?;:,。！？；：，]/g

/** Plain text of inline nodes, as the offsets of `slicePhrasing` count it. */
export function plainText(nodes: PhrasingContent[]): string {
  return nodes.map(node => node.type === 'inlineMath' ? node.value.replace(formulaStops, '\u00B7') : 'value' in node && node.type !== 'html' ? node.value : 'children' in node ? plainText(node.children) : '').join('')
}

// Inline code is one word of its sentence too: a `.` in `..` ends no sentence and a `(` opens
// no bracket (five-years' point lost "the addition of the `..`" to a sentence end in it).
const codeStops = /[.!?;:,()[\]{}"'“”‘’。！？；：，（）]/gu

/** `plainText` at the same offsets, for finding sentence and clause boundaries: inline code's marks each a middle dot. */
export function boundaryText(nodes: PhrasingContent[]): string {
  return nodes.map(node => node.type === 'inlineCode' ? node.value.replace(codeStops, '\u00B7') : 'children' in node ? boundaryText(node.children) : plainText([node])).join('')
}

/** Whether `nodes` hold a formula (inline math), which plain text would show as its TeX. */
export function hasFormula(nodes: PhrasingContent[]): boolean {
  return nodes.some(node => node.type === 'inlineMath' || ('children' in node && hasFormula(node.children as PhrasingContent[])))
}

function length(node: PhrasingContent): number {
  return plainText([node]).length
}

const cutValue: Cut = (node, start, end) => {
  if (!('value' in node))
    return undefined
  // A formula is not cut: it goes whole with the part where it starts.
  if (node.type === 'inlineMath')
    return start === 0 ? node : undefined
  const value = node.value.slice(start, end)
  return value ? { ...node, value, position: undefined } as PhrasingContent : undefined
}

const cutParent: Cut = (node, start, end) => {
  if (!('children' in node))
    return undefined
  const children = slicePhrasing(node.children as PhrasingContent[], start, end)
  return children.length ? { ...node, children, position: undefined } as PhrasingContent : undefined
}

/** The inline nodes covering plain-text offsets [start, end), with wrappers kept. */
export function slicePhrasing(nodes: PhrasingContent[], start: number, end: number): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let offset = 0
  for (const node of nodes) {
    const size = length(node)
    const from = Math.max(start - offset, 0)
    const to = Math.min(end - offset, size)
    const zeroWidth = size === 0 && offset >= start && offset < end
    if (to > from || zeroWidth) {
      const piece = from === 0 && to === size ? node : ('children' in node ? cutParent : cutValue)(node, from, to)
      if (piece)
        result.push(piece)
    }
    offset += size
  }
  return result
}
