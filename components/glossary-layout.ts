// Glossary cards: grid sizing and each card's term, gloss and definition cut to fit the card.
import type { GlossaryChart } from '../scripts/pipeline/model/chart'
import type { CardGrid } from './card-layout'
import { cardGrid, cardText } from './card-layout'

/** One laid-out glossary card. */
export interface GlossaryCard { key: string, term: string, gloss: string, lines: string[] }

const PADDING = 20
const LINE = 1.3

/** Grid and cards for `chart`; the definition gets the lines left under term and gloss. */
export function glossaryLayout(chart: GlossaryChart): { grid: CardGrid, cards: GlossaryCard[] } {
  const items = chart.items ?? []
  const grid = cardGrid(items.length, false)
  const cards = items.map((item, i) => {
    const gloss = item.gloss ? cardText(item.gloss, grid, grid.bodySize, 1)[0] ?? '' : ''
    const used = PADDING + grid.mainSize * 1.25 + (gloss ? grid.bodySize * LINE : 0)
    const room = Math.floor((grid.height - used) / (grid.bodySize * LINE))
    return { key: `${i}`, term: cardText(item.term, grid, grid.mainSize, 1)[0] ?? '', gloss, lines: cardText(item.definition, grid, grid.bodySize, room) }
  })
  return { grid, cards }
}
