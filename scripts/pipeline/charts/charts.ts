import type { Chart } from '../model/chart.ts'
import type { Section } from '../model/deck.ts'
// Which charts a section gets: each heuristic looks at the section's list items and
// sentences and returns its chart when the article gives it the figures or dates to draw.
// A chart only carries numbers and dates the article itself writes.
import type { ChartContext, ChartHandler } from './context.ts'
import { sectionUnits } from '../extract/section-units.ts'
import { chartBar } from './bar.ts'
import { wellLabelled } from './chart-labels.ts'
import { chartGlossary } from './glossary.ts'
import { chartGrowth } from './growth.ts'
import { chartRanking } from './ranking.ts'
import { chartStat } from './stat.ts'
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

/** The charts the section's figures and dates support, most specific first (possibly none). */
export function charts(section: Section, context: ChartContext): Chart[] {
  const units = sectionUnits(section.blocks)
  return Object.values(HANDLERS).flatMap((handler) => {
    const chart = handler(units, context)
    return (chart && wellLabelled(chart, context.lang)) ?? []
  })
}
