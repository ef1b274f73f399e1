// Stat cards: grid sizing and each card's figure (shrunk to the card's width) and label, wrapped whole.
import type { StatChart } from '../scripts/pipeline/model/chart'
import type { CardGrid } from './card-layout'
import { format } from 'd3-format'
import { textWidth } from '../scripts/pipeline/text/width'
import { CARD_PADDING, cardGrid, cardText } from './card-layout'
import { CHART } from './chart-size'

/** One laid-out stat card. */
export interface StatCard { key: string, value: string, lines: string[] }

/** Grid and cards for `chart` in a `width`×`height` area, the figure shrunk to fit the card's width. */
export function statLayout(chart: StatChart, width: number = CHART.width, height: number = CHART.height): { grid: CardGrid, cards: StatCard[] } {
  const items = chart.items ?? []
  const values = items.map(item => item.display || format('.3~s')(item.value))
  const base = cardGrid(items.length, true, width, height)
  const widest = Math.max(1, ...values.map(textWidth))
  const grid = { ...base, mainSize: Math.floor(Math.min(base.mainSize, (base.width - CARD_PADDING) / widest)) }
  const cards = items.map((item, i) => ({ key: `${i}`, value: values[i] ?? '', lines: cardText(item.label, grid, grid.bodySize) }))
  return { grid, cards }
}
