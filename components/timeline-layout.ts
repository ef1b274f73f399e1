// Geometry of a timeline: events placed by date on a horizontal axis, each label wrapped whole
// (date line, then the label on as many lines as it needs) and stacked into lanes above and
// below the axis so that no two labels overlap. The height follows the lanes used.
import type { TimelineChart } from '../scripts/pipeline/model/chart'
import { scaleUtc } from 'd3-scale'
import { textWidth } from '../scripts/pipeline/text/width'
import { CHART, FONT } from './chart-size'
import { widestLine, wrapText } from './wrap-text'

/** One laid-out event. */
export interface TimelineMark {
  key: string
  /** x of the dot on the axis. */
  x: number
  /** Left edge, width and height of the label box (date line and label lines). */
  labelX: number
  labelWidth: number
  labelHeight: number
  /** Top of the label box. */
  labelY: number
  /** Lane: 0, 2 … above the axis (0 nearest), 1, 3 … below. */
  lane: number
  date: string
  /** Label lines, top to bottom. */
  lines: string[]
  group?: string
  /** Index of the group, for its colour (-1 when none). */
  groupIndex: number
}

/** Timeline geometry. */
export interface TimelineLayout { axisY: number, x0: number, x1: number, height: number, marks: TimelineMark[], groups: string[] }

const PAD = 16
const GAP = 12
// Labels get up to 14 em a line when few events share the axis, 9 em when many do.
const LABEL_EM = { min: 9, max: 14 }
const LANES = 6
const LEGEND = 32
/** Height of the date line and of each label line, in px. */
export const TIMELINE_LINE = { date: 24, label: 22 }

/** Parse `YYYY-MM` or `YYYY-MM-DD` as a UTC date. */
function toDate(iso: string): Date {
  const [y, m, d] = String(iso).split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

interface Box { x: number, width: number, height: number }

/** First lane (nearest the axis first) where the box fits at `x`, else the one where it needs to shift least. */
function pickLane(lanes: Box[][], box: Box): { lane: number, x: number } {
  const fits = (lane: Box[], x: number): boolean => lane.every(b => x + box.width + GAP <= b.x || b.x + b.width + GAP <= x)
  const free = lanes.findIndex(lane => fits(lane, box.x))
  if (free >= 0)
    return { lane: free, x: box.x }
  const shifted = lanes.map(lane => Math.max(box.x, ...lane.map(b => b.x + b.width + GAP)))
  const lane = shifted.indexOf(Math.min(...shifted))
  return { lane, x: shifted[lane] ?? box.x }
}

// Dates that bunch (one gap under this share of an even gap) are spread evenly instead: on a
// slide the order and the dates written over each dot tell when; bunched dots pile their labels
// into lanes far from their dots.
const BUNCHED = 0.4

/** x of each date's dot between `from` and `to`: by date, or evenly when the dates bunch. */
function dotPositions(dates: Date[], from: number, to: number): number[] {
  if (dates.length < 2)
    return dates.map(() => (from + to) / 2)
  const x = scaleUtc().domain([Math.min(...dates.map(Number)), Math.max(...dates.map(Number))]).range([from, to])
  const byDate = dates.map(date => x(date))
  const even = (to - from) / (dates.length - 1)
  // Each date's place in date order (equal dates keep the article's order).
  const order = dates.map((_, i) => i).sort((a, b) => Number(dates[a]) - Number(dates[b]) || a - b)
  const sorted = order.map(i => byDate[i]!)
  const bunched = sorted.slice(1).some((at, i) => at - sorted[i]! < even * BUNCHED)
  const rank = new Map(order.map((event, place) => [event, place]))
  return bunched ? dates.map((_, i) => from + rank.get(i)! * even) : byDate
}

/** Layout of `chart` in an area `width` wide; `height` is what the lanes need (the view scales it into the area). */
export function timelineLayout(chart: TimelineChart, width: number = CHART.width): TimelineLayout {
  const events = chart.events ?? []
  const dates = events.map(e => toDate(e.date))
  const dots = dotPositions(dates, PAD + 50, width - PAD - 50)
  const groups = [...new Set(events.flatMap(e => (e.group ? [e.group] : [])))]
  const lanes: Box[][] = Array.from({ length: LANES }, () => [])
  const labelEm = Math.max(LABEL_EM.min, Math.min(LABEL_EM.max, Math.floor(width / Math.max(1, events.length) / FONT.small) - 2))
  const placed = events.map((event, i) => {
    const lines = wrapText(event.label, labelEm)
    const labelWidth = Math.max(widestLine(lines) * FONT.small, textWidth(event.display) * 20)
    const labelHeight = TIMELINE_LINE.date + lines.length * TIMELINE_LINE.label
    const dot = dates.length > 1 ? dots[i]! : width / 2
    const wanted = Math.min(Math.max(PAD, dot - labelWidth / 2), width - PAD - labelWidth)
    const { lane, x: labelX } = pickLane(lanes, { x: wanted, width: labelWidth, height: labelHeight })
    lanes[lane]!.push({ x: labelX, width: labelWidth, height: labelHeight })
    return { event, i, dot, lines, labelWidth, labelHeight, lane, labelX: Math.min(labelX, width - PAD - labelWidth) }
  })
  // Lanes stack outward from the axis, each as tall as its tallest label.
  const laneHeight = lanes.map(lane => Math.max(0, ...lane.map(b => b.height)))
  const above = laneHeight.filter((_, lane) => lane % 2 === 0)
  const below = laneHeight.filter((_, lane) => lane % 2 === 1)
  const top = groups.length > 1 ? LEGEND : 0
  const axisY = top + above.reduce((sum, h) => sum + (h ? h + GAP : 0), 0) + GAP
  const offset = (lane: number): number => laneHeight.filter((_, l) => l % 2 === lane % 2 && l < lane).reduce((sum, h) => sum + h + GAP, 0)
  const marks = placed.map(p => ({
    key: `${p.i}`,
    x: p.dot,
    labelX: p.labelX,
    labelWidth: p.labelWidth,
    labelHeight: p.labelHeight,
    labelY: p.lane % 2 === 0 ? axisY - GAP - offset(p.lane) - p.labelHeight : axisY + GAP + offset(p.lane) + 6,
    lane: p.lane,
    date: p.event.display,
    lines: p.lines,
    group: p.event.group,
    groupIndex: p.event.group ? groups.indexOf(p.event.group) : -1,
  }))
  const height = axisY + below.reduce((sum, h) => sum + (h ? h + GAP : 0), 0) + GAP + 6
  return { axisY, x0: PAD, x1: width - PAD, height, marks, groups }
}

/** Zoom levels tried, largest first: a timeline of few lanes is drawn larger. */
const ZOOMS = [1.5, 1.3, 1.15, 1]

/** Layout of `chart` for an area: laid out narrower (so drawn larger) while its lanes still fit the area's height. */
export function fitTimeline(chart: TimelineChart, area: { width: number, height: number }): TimelineLayout & { width: number } {
  for (const zoom of ZOOMS) {
    const width = Math.round(area.width / zoom)
    const layout = timelineLayout(chart, width)
    if (layout.height * zoom <= area.height || zoom === 1)
      return { ...layout, width }
  }
  return { ...timelineLayout(chart, area.width), width: area.width }
}
