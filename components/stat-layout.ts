// Stat cards: grid sizing and each card's figure and label cut to fit the card.
import type { StatChart } from '../scripts/pipeline/model/chart'
import type { CardGrid } from './card-layout'
import { format } from 'd3-format'
import { textWidth } from '../scripts/pipeline/text/width'
import { cardGrid, cardText } from './card-layout'

/** One laid-out stat card. */
export interface StatCard { key: string, value: string, lines: string[] }

const PADDING = 24
const LINE = 1.3

/** Grid and cards for `chart`, the figure shrunk to fit the card's width; the label gets the lines left under the figure. */
export function statLayout(chart: StatChart): { grid: CardGrid, cards: StatCard[] } {
  const items = chart.items ?? []
  const values = items.map(item => item.display || format('.3~s')(item.value))
  const base = cardGrid(items.length, true)
  const widest = Math.max(1, ...values.map(textWidth))
  const grid = { ...base, mainSize: Math.floor(Math.min(base.mainSize, (base.width - 2 * PADDING) / widest)) }
  const room = Math.max(1, Math.min(3, Math.floor((grid.height - PADDING - grid.mainSize * 1.1) / (grid.bodySize * LINE))))
  const cards = items.map((item, i) => ({
    key: `${i}`,
    value: values[i] ?? '',
    lines: cardText(item.label, grid, grid.bodySize, room),
  }))
  return { grid, cards }
}
