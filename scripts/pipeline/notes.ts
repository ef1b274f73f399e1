// Speaker notes for a slide: the article blocks its points stand for, with list items
// from one list merged back into that list, and HTML made literal.
import type { List, RootContent } from 'mdast'
import type { Point } from './point.ts'
import { htmlAsText } from './sanitize-html.ts'

/** The notes blocks for a slide showing `points`. */
export function notes(points: Point[]): RootContent[] {
  const result: RootContent[] = []
  let lastGroup: List | undefined
  for (const point of points) {
    const previous = result.at(-1)
    if (point.group && point.group === lastGroup && previous?.type === 'list') {
      const items = point.notes.flatMap(node => node.type === 'list' ? node.children : [])
      result[result.length - 1] = { ...previous, children: [...previous.children, ...items] }
    }
    else {
      result.push(...point.notes.map(node => startAt(node, point)))
    }
    lastGroup = point.group
  }
  return htmlAsText(result)
}

// An ordered list split over slides keeps its numbering in the notes.
function startAt(node: RootContent, point: Point): RootContent {
  if (node.type !== 'list' || !point.group?.ordered || !point.item)
    return node
  const index = point.group.children.findIndex(item => node.children.includes(item))
  return { ...node, start: (point.group.start ?? 1) + Math.max(index, 0) }
}
