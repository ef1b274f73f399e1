// Which charts a section gets: each heuristic looks at the section's list items and
// sentences and returns its chart when the article gives it the figures or dates to draw.
// A chart only carries numbers and dates the article itself writes.
import type { ChartContext, ChartHandler } from './chart-context.ts'
import type { Chart } from './chart-model.ts'
import type { Lang, Section } from './model.ts'
import { chartBar } from './chart-bar.ts'
import { chartGlossary } from './chart-glossary.ts'
import { chartGrowth } from './chart-growth.ts'
import { chartRanking } from './chart-ranking.ts'
import { chartStat } from './chart-stat.ts'
import { chartTimeline } from './chart-timeline.ts'
import { extractDates } from './extract-dates.ts'
import { sectionUnits } from './section-units.ts'

/** Heuristics by chart type, in the order their charts are returned (most specific first). */
const HANDLERS: Record<Chart['type'], ChartHandler> = {
  glossary: chartGlossary,
  ranking: chartRanking,
  growth: chartGrowth,
  timeline: chartTimeline,
  bar: chartBar,
  stat: chartStat,
}

/** Year to assume before the section names one: the given year, else the title's, else this year. */
function startYear(section: Section, year: number | undefined): number {
  return year ?? extractDates(section.title, new Date().getFullYear()).year
}

/** The charts the section's figures and dates support, most specific first (possibly none). */
export function charts(section: Section, context: { lang: Lang, year?: number }): Chart[] {
  const units = sectionUnits(section.blocks)
  const settings: ChartContext = { lang: context.lang, year: startYear(section, context.year) }
  return Object.values(HANDLERS).flatMap(handler => handler(units, settings) ?? [])
}
