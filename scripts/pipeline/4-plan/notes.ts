// Speaker notes for a slide: the article blocks its points stand for, with list items
// from one list merged back into that list, and HTML made literal.
import type { List, ListItem, RootContent } from 'mdast'
import type { Point } from './3-points/point.ts'
import { htmlAsText } from '../inert/sanitize-html.ts'

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
  const index = firstItemIndex(point.group, node.children)
  return { ...node, start: (point.group.start ?? 1) + Math.max(index, 0) }
}

// Positions of each list's items, found once per list: a list may have thousands of items.
const positions = new WeakMap<List, Map<ListItem, number>>()

/** Index in `list` of the first of its items that is one of `items`, or -1. */
export function firstItemIndex(list: List, items: ListItem[]): number {
  let position = positions.get(list)
  if (!position) {
    position = new Map()
    for (const [index, item] of list.children.entries()) {
      if (!position.has(item))
        position.set(item, index)
    }
    positions.set(list, position)
  }
  const found = items.map(item => position.get(item) ?? -1).filter(index => index >= 0)
  return found.length ? Math.min(...found) : -1
}
