// The text alternative of an SVG chart: a `<title>` (the chart's title, else what it
// shows) and a `<desc>` (its data, row by row), with ids unique on the page, since the
// print and overview views show every slide at once.
import type { ComputedRef } from 'vue'
import type { Chart } from '../scripts/pipeline/model/chart'
import { computed, useId } from 'vue'
import { chartSummary } from '../scripts/pipeline/charts/chart-rows'

/** What an SVG chart names itself with. */
export interface ChartAlt {
  titleId: string
  descId: string
  title: string
  desc: string
}

/** The text alternative of the chart `chart()` returns, for `<title>`, `<desc>` and `aria-*`. */
export function useChartAlt(chart: () => Chart): ComputedRef<ChartAlt> {
  const id = useId()
  return computed(() => {
    const desc = chartSummary(chart())
    return { titleId: `${id}-title`, descId: `${id}-desc`, title: chart().title ?? desc, desc }
  })
}
