// Geometry of a ranking: one row per entry, best first, rows sized to fill the chart area,
// the font shrunk until name and note fit their row whole.
import type { RankingChart } from '../scripts/pipeline/model/chart'
import { scaleBand } from 'd3-scale'
import { textWidth } from '../scripts/pipeline/text/width'
import { CHART, FONT } from './chart-size'

/** One laid-out entry. */
export interface RankRow {
  key: string
  rank: number
  y: number
  height: number
  label: string
  note: string
  highlight: boolean
  /** Font size for the row, smaller when there are many rows or long names. */
  fontSize: number
}

const NOTE_SCALE = 0.85

/** x where the name starts in a row of height `height`. */
export function rankLabelX(height: number): number {
  return height + 24
}

/** Layout of `chart` in a `width`×`height` area. */
export function rankingLayout(chart: RankingChart, width: number = CHART.width, height: number = CHART.height): RankRow[] {
  const items = [...(chart.items ?? [])].sort((a, b) => a.rank - b.rank)
  const band = scaleBand<number>().domain(items.map((_, i) => i)).range([0, height]).paddingInner(0.15)
  const room = width - rankLabelX(band.bandwidth()) - 16
  // Name, a gap of two em and the note must fit the row: the font shrinks to make them.
  const widest = Math.max(1, ...items.map(item => textWidth(item.label) + (item.note ? 2 + textWidth(item.note) * NOTE_SCALE : 0)))
  const fontSize = Math.max(12, Math.min(FONT.title + 4, Math.floor(band.bandwidth() * 0.55), Math.floor(room / widest)))
  return items.map((item, i) => ({
    key: `${i}`,
    rank: item.rank,
    y: band(i) ?? 0,
    height: band.bandwidth(),
    label: item.label.replace(/\s+/g, ' ').trim(),
    note: (item.note ?? '').replace(/\s+/g, ' ').trim(),
    highlight: Boolean(item.highlight),
    fontSize,
  }))
}
