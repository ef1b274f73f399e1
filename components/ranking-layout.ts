// Geometry of a ranking: one row per entry, best first, rows sized to fill the chart area,
// with name and note cut to fit their columns.
import type { RankingChart } from '../scripts/pipeline/model/chart'
import { scaleBand } from 'd3-scale'
import { CHART, FONT } from './chart-size'
import { wrapText } from './wrap-text'

/** One laid-out entry. */
export interface RankRow {
  key: string
  rank: number
  y: number
  height: number
  label: string
  note: string
  highlight: boolean
  /** Font size for the row, smaller when there are many rows. */
  fontSize: number
}

const LABEL_EM = 13
const NOTE_EM = 12

/** Layout of `chart` in a `width`×`height` area. */
export function rankingLayout(chart: RankingChart, _width: number = CHART.width, height: number = CHART.height): RankRow[] {
  const items = [...(chart.items ?? [])].sort((a, b) => a.rank - b.rank)
  const band = scaleBand<number>().domain(items.map((_, i) => i)).range([0, height]).paddingInner(0.15)
  const fontSize = Math.min(FONT.title + 4, Math.max(FONT.small, Math.floor(band.bandwidth() * 0.55)))
  return items.map((item, i) => ({
    key: `${i}`,
    rank: item.rank,
    y: band(i) ?? 0,
    height: band.bandwidth(),
    label: wrapText(item.label, LABEL_EM, 1)[0] ?? '',
    note: wrapText(item.note ?? '', NOTE_EM, 1)[0] ?? '',
    highlight: Boolean(item.highlight),
    fontSize,
  }))
}
