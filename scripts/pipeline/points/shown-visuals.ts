// What a slide can show besides its sentences: images, code, tables, HTML that survives the
// sanitizer. A slide shows every image, or else the first other block (one code block or table).
import type { PhrasingContent, RootContent } from 'mdast'
import type { Point } from './point.ts'
import { toString } from 'mdast-util-to-string'
import { visibleCharacters } from '../text/measure.ts'

/** Characters `nodes` show, whitespace left out (as `talkdown stats` counts them). */
export function visible(nodes: PhrasingContent[] | RootContent[]): number {
  return nodes.reduce((sum, node) => sum + visibleCharacters(toString(node)), 0)
}

/** Whether `point` is a block the slide can show (a wrapper tag the sanitizer left, `<div align=center>`, shows nothing). */
export function isVisual(point: Point): boolean {
  const shows = (block: RootContent): boolean => block.type !== 'html' || (toString(block).trim() !== '' && !/^<\/?[a-z][^>]*>$/iu.test(toString(block).trim()))
  return point.kind === 'block' && point.body.length > 0 && (isImage(point) || point.body.some(shows))
}

function isImage(point: Point): boolean {
  return point.body.some(block => block.type === 'paragraph' && block.children.some(child => child.type === 'image'))
}

/** The blocks a slide of `chunk` shows. */
export function shownVisuals(chunk: Point[]): Set<Point> {
  const visuals = chunk.filter(isVisual)
  const images = visuals.filter(isImage)
  return new Set(images.length ? images : visuals.slice(0, 1))
}
