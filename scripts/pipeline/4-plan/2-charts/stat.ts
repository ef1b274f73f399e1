import type { Figure, StatChart } from '../../model/chart.ts'
// Stat cards: big standalone money or count figures ("550万美元", "1亿注册用户", "$1 billion").
import type { ChartHandler } from './context.ts'
import type { FigureMatch } from './extract/figures.ts'
import { figureLabel } from './extract/figure-label.ts'
import { figuresOf } from './extract/figures.ts'

const BIG = 1e6
const MAX_CARDS = 4

/** Whether a figure is big enough to deserve a card. */
function isBig(figure: FigureMatch): boolean {
  return figure.value >= BIG && (figure.unit === 'USD' || figure.unit === 'CNY' || figure.unit === 'count')
}

/** Stat cards for the section's big money and count figures, in article order. */
export const chartStat: ChartHandler = (units): StatChart | undefined => {
  const cards: Figure[] = []
  const lines: number[] = []
  let source: StatChart['source'] | undefined
  for (const unit of units) {
    const figures = figuresOf(unit)
    for (const figure of figures.filter(isBig)) {
      if (cards.length >= MAX_CARDS || cards.some(c => c.display === figure.display))
        continue
      const label = figureLabel(unit, figure, figures, 'phrase')
      // A card whose label is its own figure ("6亿 / 6亿") says nothing the number does not.
      if (label.trim() === figure.display)
        continue
      cards.push({ label, value: figure.value, display: figure.display })
      lines.push(unit.source.line)
      source ??= unit.source
    }
  }
  // A lone count card ("100万 token") says little on its own; money or a large count does.
  const lone = cards.length === 1 && cards[0]!.value < 1e7
  return source && cards.length && !lone ? { type: 'stat', items: cards, source, lines } : undefined
}
