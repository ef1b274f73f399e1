// Stage 3b': put a section's charts on its pages. A chart replaces the list items it draws
// (a ranked list becomes the ranking, a term list the glossary cards, dated items the
// timeline: they stay in the notes) and shares its slide with the few lines that explain it,
// beside it or above it; text beyond that room moves to a slide of its own before or after.
// A timeline or glossary whose items span pages is drawn page by page (pages with too few
// items for a chart of their own are drawn together).
import type { RootContent } from 'mdast'
import type { Page } from '../3-points/page.ts'
import type { Point } from '../3-points/point.ts'
import type { Chart } from '../../model/chart.ts'
import type { Span } from './drawn-points.ts'
import { chartEntries, chartFigures } from '../2-charts/chart-texts.ts'
import { silence } from '../3-points/point.ts'
import { capPieces, cutByPage, PIECES } from './chart-pieces.ts'
import { covers, drawn, withoutSubItems } from './drawn-points.ts'
import { fitChartText } from './fit-chart-text.ts'
import { pointSpans } from './point-spans.ts'
import { isShown } from './shown-text.ts'

/** A page with the chart drawn on it, if any. */
export interface ChartPage extends Page {
  /** The chart on this page (with its shape set). */
  chart?: Chart
  /** Whether the text beside the chart is short enough for the larger side size. */
  roomy?: boolean
}

interface Work {
  pages: ChartPage[]
  spans: Map<Point, Span>
  /** Points that belong to a page's chart (drawn or explaining it): they never move off it. */
  own: Map<ChartPage, Set<Point>>
}

/** Points of the chart: those whose article lines hold one of its entries. */
function related(work: Work, point: Point, lines: number[]): boolean {
  const span = work.spans.get(point)
  return lines.some(line => covers(span, line))
}

/** Index of the first page holding entry line `line`, or -1. */
function pageOf(work: Work, line: number): number {
  return work.pages.findIndex(page => page.points.some(point => covers(work.spans.get(point), line)))
}

/** Move the chart's points from other pages onto `target` (in article order), or onto a new page beside it when it has a chart. */
function gather(work: Work, target: number, lines: number[], chart: Chart): number {
  const page = work.pages[target]!
  const carve = Boolean(page.chart)
  const mine = (point: Point): boolean => related(work, point, lines)
  const moved: Point[] = []
  for (const other of work.pages) {
    if (other === page && !carve)
      continue
    moved.push(...other.points.filter(mine))
    other.points = other.points.filter(point => !mine(point))
  }
  const line = (point: Point): number => work.spans.get(point)?.[0] ?? 0
  if (carve) {
    const before = chart.source.line <= (page.chart?.source.line ?? 0)
    // After the charts already drawn from earlier lines (earlier pieces of the same chart), in article order.
    let at = target
    if (!before) {
      do at++
      while ((work.pages[at]?.chart?.source.line ?? Infinity) <= chart.source.line)
    }
    work.pages.splice(at, 0, { kind: 'content', points: moved.sort((a, b) => line(a) - line(b)) })
    return at
  }
  const first = line(page.points[0] ?? moved[0]!)
  page.points = [...moved.filter(p => line(p) < first), ...page.points, ...moved.filter(p => line(p) >= first)]
  return target
}

/** Draw `chart` on page `index`: its drawn points go silent (notes only), the rest of its points stay as its explanation. */
function draw(work: Work, index: number, chart: Chart): void {
  const page = work.pages[index]!
  const lines = chart.lines ?? []
  const entries = chartEntries(chart)
  const figures = chartFigures(chart)
  page.points = page.points.map((point) => {
    const span = work.spans.get(point)
    const next = drawn(point, span, lines, entries, figures, chart.type === 'stat') ? silence(point) : withoutSubItems(point, lines)
    // The changed point stands for the same lines.
    if (span)
      work.spans.set(next, span)
    return next
  })
  page.chart = chart
  page.kind = 'content'
  const own = new Set(page.points.filter(point => related(work, point, lines)))
  // The lead-in of the list the chart draws ("…图表显示：") is its caption.
  const first = page.points.findIndex(point => own.has(point))
  const lead = page.points[first - 1]
  if (lead?.kind === 'lead')
    own.add(lead)
  work.own.set(page, own)
}

function place(work: Work, chart: Chart): void {
  const lines = chart.lines ?? [chart.source.line]
  const at = lines.map(line => pageOf(work, line))
  const pieces = PIECES[chart.type]
  if (!pieces || !chart.lines) {
    const found = at.filter(p => p >= 0)
    if (found.length)
      draw(work, gather(work, Math.min(...found), lines, chart), { ...chart, lines })
    return
  }
  // Pieces are cut before any is drawn: drawing one may insert a page and shift the others.
  for (const keep of capPieces(cutByPage(at, pieces.min), pieces.max)) {
    const piece = pieces.pick(chart, keep)
    const target = Math.min(...piece.lines!.map(line => pageOf(work, line)).filter(p => p >= 0))
    if (Number.isFinite(target))
      draw(work, gather(work, target, piece.lines!, piece), piece)
  }
}

/** `pages` with `charts` placed (see the file comment); `blocks` are the section's blocks, to find where each point comes from. */
export function placeCharts(pages: Page[], charts: Chart[], blocks: RootContent[]): ChartPage[] {
  if (!charts.length)
    return pages
  const all = pages.flatMap(page => page.points)
  const work: Work = { pages: pages.map(page => ({ ...page, points: [...page.points] })), spans: pointSpans(all, blocks), own: new Map() }
  const shows = (page: ChartPage): boolean => page.points.some(point => isShown(point) || point.kind === 'quote')
  const before = new Set(work.pages.filter(shows))
  for (const chart of charts)
    place(work, chart)
  // A page left with nothing to show hands its notes to a neighbour.
  const placed = fitChartText(work.pages, work.own)
  return placed.filter(page => page.chart || shows(page) || !before.has(page) || absorb(placed, page))
}

/** Move the points of a page that has nothing left to show onto the page before (or after) it; false drops the page. */
function absorb(pages: ChartPage[], page: ChartPage): boolean {
  const index = pages.indexOf(page)
  const into = pages[index - 1] ?? pages[index + 1]
  if (!into || into === page)
    return true
  into.points = index > 0 ? [...into.points, ...page.points] : [...page.points, ...into.points]
  return false
}
