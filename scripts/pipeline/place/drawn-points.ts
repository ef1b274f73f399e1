// What becomes of the points a chart draws: a list item (or the quote of its claim) the
// chart shows instead goes to the notes only; drawn sub-items leave their bullet.
import type { Point } from '../points/point.ts'

/** First and last article line a point stands for. */
export type Span = [number, number]

/** Whether `span` holds article line `line`. */
export const covers = (span: Span | undefined, line: number): boolean => Boolean(span && span[0] <= line && line <= span[1])

/** Whether the chart draws `point` itself (its list item, or the quote of its claim): the slide shows the chart instead. */
export function drawn(point: Point, span: Span | undefined, lines: number[]): boolean {
  if (point.kind === 'quote')
    return lines.some(line => covers(span, line))
  return point.kind === 'bullet' && Boolean(point.group) && span !== undefined && lines.includes(span[0])
}

/** A bullet without the sub-items the chart draws (they stay in its notes). */
export function withoutSubItems(point: Point, lines: number[]): Point {
  const source = point.notes[0]?.type === 'list' ? point.notes[0].children[0] : undefined
  const sublist = source?.children.find(child => child.type === 'list')
  const shown = point.item?.children.find(child => child.type === 'list')
  if (!point.item || !sublist || !shown || shown.type !== 'list')
    return point
  const keep = sublist.children.map(item => !lines.includes(item.position?.start.line ?? -1))
  if (keep.every(Boolean))
    return point
  const children = shown.children.filter((_, i) => keep[i] ?? true)
  const rest = point.item.children.filter(child => child !== shown)
  return { ...point, item: { ...point.item, children: children.length ? [...rest, { ...shown, children }] : rest } }
}
