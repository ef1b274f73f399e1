// Geometry of an exponential growth curve given by a doubling period: the curve, a dot at each
// doubling, a bracket over the first period for the article's claim ("每7个月翻一番"), and the
// durations the article gives: the shortest starts the curve (labelled above it), longer ones
// are dashed levels labelled at the left, where the curve is still low.
// No invented numbers: only the article's figures are written on the chart.
import type { GrowthChart } from '../scripts/pipeline/model/chart'
import { scaleLinear } from 'd3-scale'
import { CHART } from './chart-size'

/** A duration the article gives, placed: the start dot or a level line. */
export interface GrowthLevel {
  /** Who or what takes that long, and the duration as the article writes it. */
  label: string
  display: string
  /** y of the level (for the start: of the dot). */
  y: number
  /** x of the start dot, or where the level line's text starts (left, where the curve is still low). */
  x: number
}

/** Growth curve geometry. */
export interface GrowthLayout {
  /** SVG path of the curve. */
  path: string
  /** Dots at each doubling. */
  dots: Array<{ x: number, y: number }>
  /** Bracket over the first doubling period. */
  bracket: { x0: number, x1: number, y: number }
  /** Axis corners. */
  axis: { left: number, right: number, top: number, bottom: number }
  /** The shortest duration the article gives, at the curve's start. */
  start?: GrowthLevel
  /** Longer durations, as level lines across the chart. */
  levels: GrowthLevel[]
}

const PAD = { left: 24, right: 24, top: 40, bottom: 64 }
const STEPS = 48

/** Layout of `chart` in a `width`×`height` area. */
export function growthLayout(chart: GrowthChart, width: number = CHART.width, height: number = CHART.height): GrowthLayout {
  const period = chart.doublingMonths > 0 ? chart.doublingMonths : 1
  const span = chart.months > 0 ? chart.months : period * 4
  const marks = [...(chart.marks ?? [])].filter(m => m.minutes > 0).sort((a, b) => a.minutes - b.minutes)
  const base = marks[0]?.minutes ?? 1
  const axis = { left: PAD.left, right: width - PAD.right, top: PAD.top, bottom: height - PAD.bottom }
  const x = scaleLinear().domain([0, span]).range([axis.left, axis.right])
  // With marks the y axis is in minutes from zero, so a level sits where its duration is; without, from the start value.
  const top = Math.max(base * 2 ** (span / period), ...marks.map(m => m.minutes))
  const y = scaleLinear().domain([marks.length ? 0 : 1, top]).range([axis.bottom, axis.top + 24])
  const point = (t: number): { x: number, y: number } => ({ x: x(t), y: y(base * 2 ** (t / period)) })
  const points = Array.from({ length: STEPS + 1 }, (_, i) => point((span * i) / STEPS))
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
  const dots = Array.from({ length: Math.floor(span / period) + 1 }, (_, k) => point(k * period))
  const bracket = { x0: x(0), x1: x(Math.min(period, span)), y: axis.bottom + 28 }
  const [first, ...rest] = marks
  const start = first ? { label: first.label, display: first.display, x: x(0), y: y(first.minutes) } : undefined
  const levels = rest.map(m => ({ label: m.label, display: m.display, x: axis.left + 12, y: y(m.minutes) }))
  return { path, dots, bracket, axis, start, levels }
}
