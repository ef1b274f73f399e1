// Geometry of a horizontal bar chart: one row per figure, bar length proportional to the value,
// label wrapped into the left column, the article's own figure text after each bar.
import type { BarChart } from '../scripts/pipeline/model/chart'
import { format } from 'd3-format'
import { scaleBand, scaleLinear } from 'd3-scale'
import { CHART, FONT } from './chart-size'
import { wrapText } from './wrap-text'

/** One laid-out bar. */
export interface BarRow {
  key: string
  /** Label lines, top to bottom. */
  lines: string[]
  /** Top of the row's band and its height. */
  y: number
  height: number
  /** Bar length in px (≥ 2 so a tiny value stays visible). */
  width: number
  /** Figure text, as the article writes it. */
  value: string
}

/** Bar chart geometry. */
export interface BarLayout {
  /** x where bars start (right edge of the label column). */
  x0: number
  rows: BarRow[]
  /** x of faint, unlabelled grid lines (no invented numbers on the slide). */
  grid: number[]
  height: number
}

const LABEL_EM = 9
const VALUE_SPACE = 150

/** Layout of `chart` in a `width`×`height` area. */
export function barLayout(chart: BarChart, width: number = CHART.width, height: number = CHART.height): BarLayout {
  const items = chart.items ?? []
  const x0 = LABEL_EM * FONT.label + 16
  const band = scaleBand<number>().domain(items.map((_, i) => i)).range([0, height]).paddingInner(0.25).paddingOuter(0.1)
  const max = Math.max(0, ...items.map(item => item.value))
  const x = scaleLinear().domain([0, max || 1]).range([0, width - x0 - VALUE_SPACE]).nice()
  const maxLines = Math.max(1, Math.min(2, Math.floor(band.bandwidth() / (FONT.label * 1.2))))
  const rows = items.map((item, i) => ({
    key: `${i}`,
    lines: wrapText(item.label, LABEL_EM, maxLines),
    y: band(i) ?? 0,
    height: band.bandwidth(),
    width: Math.max(2, x(Math.max(0, item.value))),
    value: item.display || format('.3~s')(item.value),
  }))
  return { x0, rows, grid: x.ticks(4).map(t => x0 + x(t)), height }
}
