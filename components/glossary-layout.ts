// Glossary cards: grid sizing and each card's term, gloss and definition, wrapped whole; the
// fonts take the largest size (body 26 px down to 16 px) at which every card's text fits its card.
import type { GlossaryChart } from '../scripts/pipeline/model/chart'
import type { CardGrid } from './card-layout'
import { cardGrid, cardText } from './card-layout'
import { CHART } from './chart-size'

/** One laid-out glossary card. */
export interface GlossaryCard { key: string, term: string[], gloss: string[], lines: string[] }

const PADDING = 20
const LINE = 1.3
const TERM_LINE = 1.25
const BODY = { max: 26, min: 16 }
/** Term size to body size. */
const TERM_SCALE = 1.3

/** Height a card's text takes at `grid`'s sizes. */
export function glossaryCardHeight(card: GlossaryCard, grid: CardGrid): number {
  return PADDING + card.term.length * grid.mainSize * TERM_LINE + (card.gloss.length + card.lines.length) * grid.bodySize * LINE
}

function layCards(chart: GlossaryChart, grid: CardGrid): GlossaryCard[] {
  return (chart.items ?? []).map((item, i) => ({
    key: `${i}`,
    term: cardText(item.term, grid, grid.mainSize),
    gloss: item.gloss ? cardText(item.gloss, grid, grid.bodySize) : [],
    lines: cardText(item.definition, grid, grid.bodySize),
  }))
}

/** Grid and cards for `chart` in a `width`×`height` area. */
export function glossaryLayout(chart: GlossaryChart, width: number = CHART.width, height: number = CHART.height): { grid: CardGrid, cards: GlossaryCard[] } {
  const base = cardGrid((chart.items ?? []).length, false, width, height)
  for (let body = BODY.max; ; body--) {
    const grid = { ...base, bodySize: body, mainSize: Math.round(body * TERM_SCALE) }
    const cards = layCards(chart, grid)
    if (body <= BODY.min || cards.every(card => glossaryCardHeight(card, grid) <= grid.height))
      return { grid, cards }
  }
}
