// Card grid sizing for stat and glossary cards: columns and rows that fill the chart area,
// font sizes that shrink with the number of cards, texts wrapped whole to fit each card.
import { CHART, FONT } from './chart-size'
import { wrapText } from './wrap-text'

/** Grid geometry for `count` cards. */
export interface CardGrid {
  columns: number
  rows: number
  /** Card size in px. */
  width: number
  height: number
  /** Font size of the card's main text (number or term) and of its body text, in px. */
  mainSize: number
  bodySize: number
}

const GAP = 16
/** Largest stat card, in px. */
const STAT_CARD = { width: 400, height: 230 }
/** Horizontal room inside a card lost to its padding (both sides) and the glossary card's 6 px accent border. */
export const CARD_PADDING = 38
// Wrapping is measured with estimated glyph widths; the bold term and real font metrics run a
// little wider, so lines are wrapped to a slightly narrower width than the card has.
const WRAP_MARGIN = 0.96

/** Columns for `count` cards: in a narrow area one column (two from four cards); else up to 2 in one row, 3 per row up to 9, then 4. */
function columnsFor(count: number, width: number): number {
  if (width < 600)
    return count <= 3 ? 1 : 2
  return count <= 2 ? Math.max(1, count) : count <= 4 && count !== 3 ? 2 : count <= 9 ? 3 : 4
}

/** Grid for `count` cards; `big` cards (stat numbers) get larger main text. */
export function cardGrid(count: number, big: boolean, width: number = CHART.width, height: number = CHART.height): CardGrid {
  const columns = columnsFor(count, width)
  const rows = Math.max(1, Math.ceil(count / columns))
  // A stat card holds a figure and a short label: filling a whole chart area made two of
  // them into mostly empty panels, so it is capped and the grid sits centred in the area.
  const cardWidth = Math.min((width - GAP * (columns - 1)) / columns, big ? STAT_CARD.width : Infinity)
  const cardHeight = Math.min((height - GAP * (rows - 1)) / rows, big ? STAT_CARD.height : Infinity)
  const main = big ? Math.min(FONT.big + 20, cardHeight * 0.4) : Math.min(FONT.title + 4, cardHeight * 0.24)
  const bodySize = Math.max(16, Math.min(FONT.label, cardHeight * 0.16))
  return { columns, rows, width: cardWidth, height: cardHeight, mainSize: Math.round(main), bodySize: Math.round(bodySize) }
}

/** `text` wrapped whole to the width of a card of `grid` at `size` px. */
export function cardText(text: string, grid: CardGrid, size: number): string[] {
  return wrapText(text, (grid.width - CARD_PADDING) / size * WRAP_MARGIN)
}

/** Inline style that lays cards out on `grid` and sizes their text through CSS variables. */
export function gridStyle(grid: CardGrid): Record<string, string> {
  return {
    'gridTemplateColumns': `repeat(${grid.columns}, minmax(0, ${grid.width}px))`,
    'gridAutoRows': `${grid.height}px`,
    '--td-main-size': `${grid.mainSize}px`,
    '--td-body-size': `${grid.bodySize}px`,
  }
}
