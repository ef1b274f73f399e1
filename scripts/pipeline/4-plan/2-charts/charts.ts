import type { Chart } from '../../model/chart.ts'
import type { Section } from '../../model/deck.ts'
// Which charts a section gets: each heuristic looks at the section's list items and
// sentences and returns its chart when the article gives it the figures or dates to draw.
// A chart only carries numbers and dates the article itself writes.
import type { ChartContext, ChartHandler } from './context.ts'
import { toString } from 'mdast-util-to-string'
import { chartBar } from './bar.ts'
import { wellLabelled } from './chart-labels.ts'
import { sectionUnits } from './extract/section-units.ts'
import { chartGlossary } from './glossary.ts'
import { chartGrowth } from './growth.ts'
import { chartRanking } from './ranking.ts'
import { chartStat } from './stat.ts'
import { tableBars } from './table-bars.ts'
import { chartTimeline } from './timeline.ts'

/** Heuristics by chart type, in the order their charts are returned (most specific first). */
const HANDLERS: Record<Chart['type'], ChartHandler> = {
  glossary: chartGlossary,
  ranking: chartRanking,
  growth: chartGrowth,
  timeline: chartTimeline,
  bar: chartBar,
  stat: chartStat,
}

/** The charts the section's figures and dates support, most specific first (possibly none); each table of figures is drawn first. */
export function charts(section: Section, context: ChartContext): Chart[] {
  const units = sectionUnits(section.blocks)
  // A table's rows are named by its own label column: what its figures measure, by construction.
  // The heading right above a table says what it counts ("Do you feel that the Council…?"): the chart's title.
  const tables = section.blocks.flatMap((block, i) => {
    const above = section.blocks[i - 1]
    const found = block.type === 'table' ? tableBars(block, above?.type === 'heading' ? toString(above).trim() : undefined) : undefined
    return found && 'chart' in found ? [found.chart] : []
  })
  return [...tables, ...Object.values(HANDLERS).flatMap((handler) => {
    const chart = handler(units, context)
    return (chart && wellLabelled(chart, context.lang)) ?? []
  })]
}
