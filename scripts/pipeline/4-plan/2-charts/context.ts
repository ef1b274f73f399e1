// What every chart heuristic receives: the section's units and the article's language and year.
import type { Chart } from '../../model/chart.ts'
import type { Lang } from '../../model/deck.ts'
import type { Unit } from './extract/section-units.ts'

/** What the charts stage is told about the article, for each section's charts. */
export interface ChartContext {
  /** Language of the article. */
  lang: Lang
  /** Year for dates that name none, until the section names one. */
  year: number
}

/** One chart heuristic: the chart it finds in a section's units, if any. */
export type ChartHandler = (units: Unit[], context: ChartContext) => Chart | undefined
