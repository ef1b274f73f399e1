// Geometry of a timeline: events placed by date on a horizontal axis, labels stacked into
// lanes above and below the axis so that no two labels overlap.
import type { TimelineChart } from '../scripts/pipeline/model/chart'
import { scaleUtc } from 'd3-scale'
import { textWidth } from '../scripts/pipeline/text/width'
import { CHART, FONT } from './chart-size'
import { wrapText } from './wrap-text'

/** One laid-out event. */
export interface TimelineMark {
  key: string
  /** x of the dot on the axis. */
  x: number
  /** Left edge and width of the label box. */
  labelX: number
  labelWidth: number
  /** Baseline of the date line; the label line sits below it. */
  labelY: number
  /** Lane: 0, 1 … above the axis are even, below are odd. */
  lane: number
  date: string
  label: string
  group?: string
  /** Index of the group, for its colour (-1 when none). */
  groupIndex: number
}

/** Timeline geometry. */
export interface TimelineLayout { axisY: number, x0: number, x1: number, marks: TimelineMark[], groups: string[] }

const PAD = 24
const LABEL_EM = 10
const LANE_HEIGHT = 62
const LANES = 4

/** Parse `YYYY-MM` or `YYYY-MM-DD` as a UTC date. */
function toDate(iso: string): Date {
  const [y, m, d] = String(iso).split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** First lane whose last label ends before `left`, else the least crowded one (the label then shifts right). */
function pickLane(ends: number[], left: number): number {
  const free = ends.findIndex(end => end + 12 <= left)
  return free >= 0 ? free : ends.indexOf(Math.min(...ends))
}

/** Layout of `chart` in a `width`×`height` area. */
export function timelineLayout(chart: TimelineChart, width: number = CHART.width, height: number = CHART.height): TimelineLayout {
  const events = chart.events ?? []
  const dates = events.map(e => toDate(e.date))
  const axisY = height / 2
  const x = scaleUtc().domain([Math.min(...dates.map(Number)), Math.max(...dates.map(Number))]).range([PAD + 40, width - PAD - 40])
  const groups = [...new Set(events.flatMap(e => (e.group ? [e.group] : [])))]
  const ends: number[] = Array.from({ length: LANES }, () => -Infinity)
  const marks = events.map((event, i) => {
    const label = wrapText(event.label, LABEL_EM, 1)[0] ?? ''
    const labelWidth = Math.max(textWidth(label), textWidth(event.display)) * FONT.small
    const dot = dates.length > 1 ? x(dates[i] ?? 0) : width / 2
    const wanted = Math.min(Math.max(PAD, dot - labelWidth / 2), width - PAD - labelWidth)
    const lane = pickLane(ends, wanted)
    const labelX = Math.min(Math.max(wanted, (ends[lane] ?? 0) + 12), width - PAD - labelWidth)
    ends[lane] = labelX + labelWidth
    const level = Math.floor(lane / 2) + 1
    const labelY = lane % 2 === 0 ? axisY - level * LANE_HEIGHT + 4 : axisY + (level - 1) * LANE_HEIGHT + 40
    return { key: `${i}`, x: dot, labelX, labelWidth, labelY, lane, date: event.display, label, group: event.group, groupIndex: event.group ? groups.indexOf(event.group) : -1 }
  })
  return { axisY, x0: PAD, x1: width - PAD, marks, groups }
}
