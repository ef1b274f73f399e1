// Geometry of a horizontal bar chart: one row per figure, bar length proportional to the value,
// label wrapped whole into the left column, the article's own figure text after each bar.
import type { BarChart } from '../scripts/pipeline/model/chart'
import { format } from 'd3-format'
import { scaleBand, scaleLinear } from 'd3-scale'
import { textWidth } from '../scripts/pipeline/text/width'
import { CHART, FONT } from './chart-size'
import { widestLine, wrapText } from './wrap-text'

/** One laid-out bar. */
export interface BarRow {
  key: string
  /** Label lines, top to bottom. */
  lines: string[]
  /** Top of the row's band and its height. */
  y: number
  height: number
  /** Height of each bar: the band, or its share of it in a grouped chart. */
  bar: number
  /** Bar length in px (≥ 2 so a tiny value stays visible). */
  width: number
  /** Figure text, as the article writes it. */
  value: string
  /** A fall (a change below zero): drawn by its size, in the fall colour. */
  negative: boolean
  /** The further bars of a grouped chart (one per further column, top to bottom in the row's band). */
  more?: GroupBar[]
}

/** One further bar of a grouped row, with the index of its column (its colour). */
export interface GroupBar {
  y: number
  height: number
  width: number
  value: string
  series: number
}

/** Bar chart geometry. */
export interface BarLayout {
  /** x where bars start (right edge of the label column). */
  x0: number
  rows: BarRow[]
  /** x of faint, unlabelled grid lines (no invented numbers on the slide). */
  grid: number[]
  height: number
  /** Font size of labels and values, in px. */
  fontSize: number
}

// Labels take up to 2/5 of the width: a two-word answer ("Strongly disagree") stays on one line beside a side chart.
const LABEL_SHARE = 0.42
const LINE = 1.2

/** Layout of `chart` in a `width`×`height` area; labels take up to 2/5 of the width, on as many lines as they need. */
export function barLayout(chart: BarChart, width: number = CHART.width, height: number = CHART.height): BarLayout {
  const items = chart.items ?? []
  const values = items.map(item => item.display || format('.3~s')(item.value))
  // A grouped chart draws one thin bar per column in each row's band; an empty cell draws none.
  const groups = Math.max(1, chart.groups?.length ?? 1)
  const allValues = items.flatMap(item => [item.value, ...(item.more ?? []).map(bar => bar.value)])
  const allTexts = items.flatMap((item, i) => [values[i] ?? '', ...(item.more ?? []).map(bar => bar.display)])
  const band = scaleBand<number>().domain(items.map((_, i) => i)).range([0, height]).paddingInner(0.25).paddingOuter(0.1)
  const labelEm = Math.max(4, (width * LABEL_SHARE) / FONT.label)
  const wrapped = items.map(item => wrapText(item.label, Math.min(labelEm, Math.max(4, textWidth(item.label)))))
  const most = Math.max(1, ...wrapped.map(lines => lines.length))
  // Labels of many lines on a thin band take a smaller font, never a cut.
  const fontSize = Math.max(14, Math.min(FONT.label, Math.floor(band.bandwidth() / (most * LINE)), Math.floor(band.bandwidth() / groups / LINE)))
  const x0 = Math.ceil(Math.max(...wrapped.map(widestLine), 1) * fontSize) + 16
  const valueSpace = Math.max(0, ...allTexts.map(textWidth)) * fontSize + 24
  // By size: a change's fall (-13%) is as long as a rise of 13%, its sign written and coloured.
  const max = Math.max(0, ...allValues.map(Math.abs))
  const x = scaleLinear().domain([0, max || 1]).range([0, Math.max(40, width - x0 - valueSpace)]).nice()
  const sub = band.bandwidth() / groups
  const rows = items.map((item, i) => ({
    key: `${i}`,
    lines: wrapped[i] ?? [],
    y: band(i) ?? 0,
    height: band.bandwidth(),
    bar: sub,
    width: Math.max(2, x(Math.abs(item.value))),
    value: values[i] ?? '',
    negative: item.value < 0,
    ...(groups > 1 ? { more: (item.more ?? []).flatMap((bar, k) => bar.display ? [{ y: (band(i) ?? 0) + sub * (k + 1), height: sub, width: Math.max(2, x(Math.max(0, bar.value))), value: bar.display, series: k + 1 }] : []) } : {}),
  }))
  return { x0, rows, grid: x.ticks(4).map(t => x0 + x(t)), height, fontSize }
}
