// Speaker notes for a slide: the article blocks its points stand for, with list items
// from one list merged back into that list, and HTML made literal.
import type { List, ListItem, RootContent } from 'mdast'
import type { Point } from './3-points/point.ts'
import { htmlAsText } from '../inert/sanitize-html.ts'

/** The notes blocks for a slide showing `points`. */
export function notes(points: Point[]): RootContent[] {
  const result: RootContent[] = []
  let topGroup: List | undefined
  for (const point of points) {
    const previous = result.at(-1)
    const items = point.notes.flatMap(node => node.type === 'list' ? node.children : [])
    // The items of a group under the name that heads them (points.ts `groupOf`) nest under it again.
    const nested = point.group && previous?.type === 'list' ? nestedInto(previous, point.group, items) : undefined
    if (nested)
      result[result.length - 1] = nested
    else if (point.group && point.group === topGroup && previous?.type === 'list')
      result[result.length - 1] = { ...previous, children: [...previous.children, ...items] }
    else
      result.push(...point.notes.map(node => startAt(node, point)))
    // The list the last notes block holds items of, at its top.
    topGroup = nested ? topGroup : point.group
  }
  return htmlAsText(result.map(withoutEmptyLists))
}

// `list` with `items` added to the copy of `group` that its last item holds, at any depth; undefined without one.
function nestedInto(list: List, group: List, items: ListItem[]): List | undefined {
  const item = list.children.at(-1)
  const held = item?.children.at(-1)
  if (!item || held?.type !== 'list')
    return undefined
  const inner = held.position && held.position.start.offset === group.position?.start.offset ? { ...held, children: [...held.children, ...items] } : nestedInto(held, group, items)
  return inner && { ...list, children: [...list.children.slice(0, -1), { ...item, children: [...item.children.slice(0, -1), inner] }] }
}

// A group's name whose items all went to other slides holds an empty list, which would print a stray marker.
function withoutEmptyLists<T extends RootContent>(node: T): T {
  if (node.type !== 'list')
    return node
  return { ...node, children: (node as List).children.map(item => ({ ...item, children: item.children.filter(child => child.type !== 'list' || child.children.length).map(withoutEmptyLists) })) }
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
