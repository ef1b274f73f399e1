// What a point shows on its slide, as plain text and width: the planner's measure of how
// much room it takes beside a chart.
import type { Point } from '../3-points/point.ts'
import { toString } from 'mdast-util-to-string'
import { visibleCharacters, width } from '../../text/measure.ts'

/** Whether `point` shows anything on a content slide (a notes-only point does not). */
export function isShown(point: Point): boolean {
  return point.kind === 'bullet' ? Boolean(point.item) : point.kind !== 'quote' && point.body.length > 0
}

/** Width in em of the text `point` shows. */
export function shownWidth(point: Point): number {
  const nodes = point.kind === 'bullet' && point.item ? [point.item] : point.body
  return nodes.reduce((sum, node) => sum + width(toString(node)), 0)
}

/** A content slide showing fewer characters than this (title aside, whitespace left out) is thin: too little to stay up for. */
export const thinCharacters = 40

/** Characters `points` show on a slide, whitespace left out (as `talkdown stats` counts them in the browser). */
export function shownCharacters(points: Point[]): number {
  return points.filter(isShown).reduce((sum, point) => {
    const nodes = point.kind === 'bullet' && point.item ? [point.item] : point.body
    return sum + nodes.reduce((n, node) => n + visibleCharacters(toString(node)), 0)
  }, 0)
}
