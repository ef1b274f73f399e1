// Which article lines each point stands for, so charts (which know their entries' lines)
// find the bullets they draw. Most points carry positioned notes; a paragraph cut around a
// quotation does not, and is found by its text among the section's blocks instead.
import type { Nodes, RootContent } from 'mdast'
import type { Point } from '../3-points/point.ts'
import { toString } from 'mdast-util-to-string'

type Span = [number, number]

const squash = (text: string): string => text.replace(/\s+/g, '')

/** First and last line of the positioned nodes in `nodes` (searching into children), if any. */
function positioned(nodes: Nodes[]): Span | undefined {
  for (const node of nodes) {
    if (node.position)
      return [node.position.start.line, node.position.end.line]
    const inner = 'children' in node ? positioned(node.children as Nodes[]) : undefined
    if (inner)
      return inner
  }
  return undefined
}

/** The span of each point in `points` (article order), by position or else by the block whose text holds its notes. */
export function pointSpans(points: Point[], blocks: RootContent[]): Map<Point, Span> {
  const spans = new Map<Point, Span>()
  const texts = blocks.map(block => squash(toString(block)))
  let from = 0
  for (const point of points) {
    const own = positioned(point.notes)
    const text = own ? '' : squash(point.notes.map(node => toString(node)).join(''))
    const index = own ? -1 : text ? texts.findIndex((block, i) => i >= from && block.includes(text)) : -1
    const block = blocks[index]?.position
    const span = own ?? (block ? [block.start.line, block.end.line] as Span : undefined)
    if (span) {
      spans.set(point, span)
      from = Math.max(from, blocks.findIndex(b => b.position && b.position.end.line >= span[0]))
    }
  }
  return spans
}
