import type { Point } from '../3-points/point.ts'
// A chart page's shape from its text: the chart alone, beside a text column (`side`) or under
// a few lines (`stack`, for the wide timeline and glossary); text beyond the shape's room
// (shared/tuning.ts) that is not the chart's own moves to a page before or after it.
import type { ChartShape } from '../../model/chart.ts'
import type { ChartPage } from './place-charts.ts'
import { chartTexts } from '../2-charts/chart-texts.ts'
import { isSubHeading, silence } from '../3-points/point.ts'
import { isImageBlock } from '../3-points/shown-visuals.ts'
import { chartSlideCharacters, chartTextRoom, roomySideRoom } from '../../shared/tuning.ts'
import { visibleCharacters } from '../../text/measure.ts'
import { isShown, shownCharacters, shownWidth, thinCharacters } from './shown-text.ts'

/** Shape of each chart page from its text, and text beyond the shape's room moved to pages of its own. */
export function fitChartText(pages: ChartPage[], own: Map<ChartPage, Set<Point>>): ChartPage[] {
  const out: ChartPage[] = []
  for (const page of pages) {
    if (!page.chart) {
      out.push(page)
      continue
    }
    page.points = withoutBareLeads(page.points)
    const wide = page.chart.type === 'timeline' || page.chart.type === 'glossary'
    const { before, after } = trim(page, own.get(page) ?? new Set(), wide ? 'stack' : 'side')
    const shape: ChartShape = !page.points.some(isShown) ? 'full' : wide ? 'stack' : 'side'
    page.chart = { ...page.chart, shape }
    page.roomy = shape === 'side' && lines(page.points, roomySideRoom.lineWidth) <= roomySideRoom.lines
    out.push(...spill(before, page, 'before'), page, ...spill(after, page, 'after'))
  }
  return out
}

/** `points` with each sub-heading that heads nothing shown (the chart draws all of its items) kept for the notes only. */
function withoutBareLeads(points: Point[]): Point[] {
  return points.map((point, index) => {
    // The sentence introducing the list the chart draws is its caption: only sub-headings go.
    if (!isSubHeading(point) || !isShown(point))
      return point
    const next = points.slice(index + 1).find(isShown)
    return next && next.kind !== 'lead' ? point : silence(point)
  })
}

/** The page for text peeled off a chart page; too little for a slide of its own (thin), it stays with the chart for the notes only. */
function spill(points: Point[], page: ChartPage, side: 'before' | 'after'): ChartPage[] {
  if (!points.length)
    return []
  if (shownCharacters(points) >= thinCharacters || points.some(isShownImage))
    return [{ kind: 'content', points }]
  const quiet = points.map(silence)
  page.points = side === 'before' ? [...quiet, ...page.points] : [...page.points, ...quiet]
  return []
}

/** Lines `points` take in a text column of `shape`. */
export function textLines(points: Point[], shape: ChartShape): number {
  return lines(points, chartTextRoom[shape].lineWidth)
}

function lines(points: Point[], lineWidth: number): number {
  return points.filter(isShown).reduce((sum, point) => sum + Math.max(1, Math.ceil(shownWidth(point) / lineWidth)) + 0.3, 0)
}

// An image the page shows.
function isShownImage(point: Point): boolean {
  return isShown(point) && isImageBlock(point)
}

// A shown image that is not the chart's own.
function isPicture(point: Point, own: Set<Point>): boolean {
  return !own.has(point) && isShownImage(point)
}

/** Peel points that are not the chart's off the page's ends until its text fits `shape`. */
function trim(page: ChartPage, own: Set<Point>, shape: ChartShape): { before: Point[], after: Point[] } {
  const before: Point[] = []
  const after: Point[] = []
  // A picture does not fit above a wide chart (a keynote's slide above the timeline drawn from its
  // words ran 181 px off): it moves to a page before or after, with the text beyond it. (Beside a
  // chart, in its text column, it fits.)
  for (let image = shape === 'stack' ? page.points.findIndex(p => isPicture(p, own)) : -1; image >= 0; image = page.points.findIndex(p => isPicture(p, own))) {
    const firstOwn = page.points.findIndex(p => own.has(p))
    if (firstOwn >= 0 && image < firstOwn)
      before.push(...page.points.splice(0, image + 1))
    else
      after.unshift(...page.points.splice(image))
  }
  const labels = page.chart ? chartTexts(page.chart).reduce((sum, text) => sum + visibleCharacters(text), 0) : 0
  // Too many lines for the shape's room, or too much to read: the chart's labels count too.
  const over = (): boolean => textLines(page.points, shape) > chartTextRoom[shape].lines || shownCharacters(page.points) + labels > chartSlideCharacters
  while (over()) {
    const last = page.points.findLastIndex(isShown)
    const first = page.points.findIndex(isShown)
    if (last >= 0 && !page.points.slice(last).some(p => own.has(p)))
      after.unshift(...page.points.splice(last))
    else if (first >= 0 && !page.points.slice(0, first + 1).some(p => own.has(p)))
      before.push(...page.points.splice(0, first + 1))
    else
      break
  }
  return { before, after }
}
