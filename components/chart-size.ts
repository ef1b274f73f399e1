// Shared chart geometry: the chart area of a 980×552 slide for each way a chart shares its
// slide (styles/index.css lays the slide out to match), and font sizes readable from the back of a room.
import type { Chart, ChartShape } from '../scripts/pipeline/model/chart'

/** Chart area in px (SVG viewBox units) of a chart alone on its slide. */
export const CHART = { width: 860, height: 360 } as const

/** Chart area in px by shape: alone, right of a text column (3/5 of 868 px), under up to three lines of text. */
export const AREAS: Record<ChartShape, { width: number, height: number }> = {
  full: CHART,
  side: { width: 500, height: 370 },
  stack: { width: 860, height: 260 },
}

/** The area `chart` is drawn in. */
export function chartArea(chart: Pick<Chart, 'shape'>): { width: number, height: number } {
  return AREAS[chart.shape && Object.hasOwn(AREAS, chart.shape) ? chart.shape : 'full']
}

/** Font sizes in px. */
export const FONT = { label: 22, value: 22, small: 18, title: 24, big: 52 } as const
