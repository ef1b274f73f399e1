// What a slide can show besides its sentences: images, code, tables, HTML that survives the
// sanitizer. A slide shows every image, or else its first diagram, or else the first other
// block (one code block or table).
import type { PhrasingContent, RootContent } from 'mdast'
import type { Candidate, Point } from './point.ts'
import { toString } from 'mdast-util-to-string'
import { isDiagram } from '../../inert/code-lang.ts'
import { width } from '../../text/measure.ts'

/** Width in em of what `nodes` show, whitespace left out: a Chinese character is one, a Latin letter about half. */
export function visible(nodes: PhrasingContent[] | RootContent[]): number {
  return nodes.reduce((sum, node) => sum + width(toString(node).replace(/\s+/gu, '')), 0)
}

/** Whether `point` is a block the slide can show (a wrapper tag the sanitizer left, `<div align=center>`, shows nothing). */
export function isVisual(point: Point): boolean {
  const shows = (block: RootContent): boolean => block.type !== 'html' || (toString(block).trim() !== '' && !/^<\/?[a-z][^>]*>$/iu.test(toString(block).trim()))
  return point.kind === 'block' && point.body.length > 0 && (showsImage(point) || point.body.some(shows))
}

/** Whether `point` shows an image (a paragraph holding one). */
export function showsImage(point: Point): boolean {
  return point.body.some(block => block.type === 'paragraph' && block.children.some(child => child.type === 'image'))
}

/** Whether `point` is a block that shows an image (not a bullet whose sentence holds one). */
export function isImageBlock(point: Point): boolean {
  return point.kind === 'block' && showsImage(point)
}

/** Whether `point` is a diagram (a fence in a diagram language). */
export function showsDiagram(point: Point): boolean {
  return point.body.some(block => block.type === 'code' && isDiagram(block.lang))
}

/** The blocks a slide of `chunk` shows; `continued`: the slide goes on from one before it in the section. */
export function shownVisuals(chunk: Point[], continued: boolean): Set<Point> {
  const visuals = chunk.filter(isVisual)
  const images = visuals.filter(showsImage)
  if (images.length)
    return new Set(images)
  // A code block or table is shown beside the sentence it illustrates. One whose sentence
  // ended the slide before (a page break fell between them) stays in the notes, unless the
  // slide has nothing else to show.
  const apart = (point: Point): boolean => continued && opensSlide(chunk, chunk.indexOf(point)) && chunk.some(other => other.candidates?.length || (other !== point && isVisual(other)))
  // A diagram is the picture of what the code beside it writes ("create diagrams using code
  // blocks:" and the fence): the slide shows what it draws.
  const shown = visuals.filter(point => !apart(point))
  return new Set([...shown.filter(showsDiagram), ...shown].slice(0, 1))
}

/** The sentence `visual` illustrates: the point with sentences just before it in `chunk`, unless a sub-heading comes between. */
export function illustrating(chunk: Point[], visual: Point): Point | undefined {
  const before = chunk.slice(0, chunk.indexOf(visual)).findLast(point => point.kind === 'lead' || point.candidates?.length)
  return before?.candidates?.length ? before : undefined
}

/** The points whose sentence a block of `visuals` illustrates: they come first on the slide. */
export function illustratedBy(chunk: Point[], visuals: Set<Point>): Set<Point | undefined> {
  return new Set([...visuals].map(visual => illustrating(chunk, visual)))
}

/** Whether a code block of `visuals` would stand apart from its sentence: one of `showable`, and none of `picked`. */
export function standsApart(chunk: Point[], visuals: Set<Point>, showable: Set<Candidate>, picked: Set<Candidate>): boolean {
  // A table has a header row to say what it is, and the sentence before one ("测试结果如下")
  // says little more; code and formulas need the sentence they illustrate.
  return [...visuals].some((visual) => {
    const candidates = illustrating(chunk, visual)?.candidates ?? []
    return visual.body.some(block => block.type === 'code' || block.type === 'math') && candidates.some(candidate => showable.has(candidate)) && !candidates.some(candidate => picked.has(candidate))
  })
}

// Whether the block at `index` opens the slide (no sentence or sub-heading above it): on a
// slide that goes on from another, it belongs to sentences the slide before showed.
function opensSlide(chunk: Point[], index: number): boolean {
  return !chunk.slice(0, index).some(point => point.kind === 'lead' || point.candidates?.length)
}
