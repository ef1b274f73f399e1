// Shared chart geometry: the chart area of a 980×552 slide for each way a chart shares its
// slide (styles/index.css lays the slide out to match), and font sizes readable from the back of a room.
import type { Chart, ChartShape } from '../scripts/pipeline/model/chart'
import { textWidth } from '../scripts/pipeline/text/width'

/** Chart area in px (SVG viewBox units) of a chart alone on its slide. */
export const CHART = { width: 860, height: 360 } as const

/** Chart area in px by shape: alone, right of a text column (3/5 of 868 px), under up to three lines of text. */
export const AREAS: Record<ChartShape, { width: number, height: number }> = {
  full: CHART,
  side: { width: 500, height: 370 },
  stack: { width: 860, height: 260 },
}

/** Font sizes in px. */
export const FONT = { label: 22, value: 22, small: 18, title: 24, big: 52 } as const

/** The area `chart` is drawn in, less the lines its title (ChartView's caption, 24 px bold) takes above it. */
export function chartArea(chart: Pick<Chart, 'shape' | 'title'>): { width: number, height: number } {
  const area = AREAS[chart.shape && Object.hasOwn(AREAS, chart.shape) ? chart.shape : 'full']
  if (!chart.title)
    return area
  // Bold type runs about a tenth wider than the width table's regular text.
  const lines = Math.ceil((textWidth(chart.title) * FONT.title * 1.1) / area.width)
  return { width: area.width, height: area.height - lines * FONT.title * 1.5 - 8 }
}
