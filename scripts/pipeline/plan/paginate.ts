// Stage 3b: pack a section's points onto as few slides as fit, never more than a
// slide holds: quotes get a slide of their own, a sub-heading never ends a slide.
import type { Point } from '../points/point.ts'
import { slideRoom } from '../points/point.ts'

/** The points shown on one slide. */
export interface Page {
  /** `quote` pages hold one quotation; `content` pages hold bullets and blocks. */
  kind: 'content' | 'quote'
  /** Points on the page, in article order (notes-only points included). */
  points: Point[]
}

function weight(point: Point): number {
  const subItems = point.item?.children.find(child => child.type === 'list')
  return point.kind === 'bullet' ? 1 + (subItems && 'children' in subItems ? subItems.children.length * 0.6 : 0) : 0
}

function isSilent(point: Point): boolean {
  return point.kind === 'block' && point.body.length === 0
}

interface Fill { page: Page, lines: number, bullets: number, shown: boolean }

function fits(fill: Fill, point: Point, room: typeof slideRoom): boolean {
  return fill.lines + point.lines <= room.lines && fill.bullets + weight(point) <= room.bullets
}

// For each point, the next point that shows on a content slide (one pass from the end, so
// a section of thousands of points costs no more than its length).
function nextShown(points: Point[]): (Point | undefined)[] {
  const next: (Point | undefined)[] = []
  let after: Point | undefined
  for (let index = points.length - 1; index >= 0; index--) {
    next[index] = after
    const point = points[index]!
    if (!isSilent(point) && point.kind !== 'quote')
      after = point
  }
  return next
}

function greedy(points: Point[], room: typeof slideRoom, next: (Point | undefined)[]): Page[] {
  const pages: Page[] = []
  const quotes: Page[] = []
  let fill: Fill | undefined
  points.forEach((point, index) => {
    if (point.kind === 'quote') {
      quotes.push({ kind: 'quote', points: [point] })
      return
    }
    const following = next[index]
    const needs = point.kind === 'lead' && following ? { ...point, lines: point.lines + following.lines } : point
    if (!fill || (!isSilent(point) && fill.shown && !fits(fill, needs, room))) {
      // A quotation follows the slide whose text it came from.
      for (const quote of quotes.splice(0))
        pages.push(quote)
      fill = { page: { kind: 'content', points: [] }, lines: 0, bullets: 0, shown: false }
      pages.push(fill.page)
    }
    fill.page.points.push(point)
    fill.lines += point.lines
    fill.bullets += weight(point)
    fill.shown ||= !isSilent(point)
  })
  return [...pages, ...quotes]
}

/** Split `points` into as few pages as fit one slide each, filled evenly. */
export function paginate(points: Point[], share = 1): Page[] {
  const room = { lines: slideRoom.lines * share, bullets: Math.max(1, Math.floor(slideRoom.bullets * share)) }
  const next = nextShown(points)
  const pages = greedy(points, room, next)
  const count = pages.filter(page => page.kind === 'content').length
  if (count < 2)
    return pages
  // The smallest room that still needs no more slides spreads the points evenly.
  for (let scale = 0.5; scale < 1; scale += 0.05) {
    const even = greedy(points, { lines: room.lines * scale, bullets: room.bullets * scale }, next)
    if (even.filter(page => page.kind === 'content').length === count)
      return even
  }
  return pages
}
