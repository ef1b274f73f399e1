// Geometry of an exponential growth curve given by a doubling period: the curve, a dot at each
// doubling, and a bracket over the first period for the article's claim ("每7个月翻一番").
// No axis numbers: the article gives only the doubling period.
import type { GrowthChart } from '../scripts/pipeline/model/chart'
import { scaleLinear } from 'd3-scale'
import { CHART } from './chart-size'

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
}

const PAD = { left: 56, right: 24, top: 24, bottom: 56 }
const STEPS = 48

/** Layout of `chart` in a `width`×`height` area. */
export function growthLayout(chart: GrowthChart, width: number = CHART.width, height: number = CHART.height): GrowthLayout {
  const period = chart.doublingMonths > 0 ? chart.doublingMonths : 1
  const span = chart.months > 0 ? chart.months : period * 4
  const axis = { left: PAD.left, right: width - PAD.right, top: PAD.top, bottom: height - PAD.bottom }
  const x = scaleLinear().domain([0, span]).range([axis.left, axis.right])
  const y = scaleLinear().domain([1, 2 ** (span / period)]).range([axis.bottom, axis.top + 40])
  const point = (t: number): { x: number, y: number } => ({ x: x(t), y: y(2 ** (t / period)) })
  const points = Array.from({ length: STEPS + 1 }, (_, i) => point((span * i) / STEPS))
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
  const dots = Array.from({ length: Math.floor(span / period) + 1 }, (_, k) => point(k * period))
  const bracket = { x0: x(0), x1: x(Math.min(period, span)), y: axis.bottom + 28 }
  return { path, dots, bracket, axis }
}
