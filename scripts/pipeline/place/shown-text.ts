// What a point shows on its slide, as plain text and width: the planner's measure of how
// much room it takes beside a chart.
import type { Point } from '../points/point.ts'
import { toString } from 'mdast-util-to-string'
import { width } from '../text/measure.ts'

/** Whether `point` shows anything on a content slide (a notes-only point does not). */
export function isShown(point: Point): boolean {
  return point.kind === 'bullet' ? Boolean(point.item) : point.kind !== 'quote' && point.body.length > 0
}

/** Width in em of the text `point` shows. */
export function shownWidth(point: Point): number {
  const nodes = point.kind === 'bullet' && point.item ? [point.item] : point.body
  return nodes.reduce((sum, node) => sum + width(toString(node)), 0)
}
