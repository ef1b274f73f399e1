// Room per slide layout, in one place: what each layout holds of text, as styles/index.css
// sizes it on the 980×552 canvas (868 px of column). Bullet slides use `slideRoom` and
// `lineWidth` (1.55rem); chart slides give their text the room below; short bullet slides
// take larger type. Change a size in the CSS and its budget here together.
import type { ChartShape } from '../model/chart.ts'

export { lineWidth, slideRoom } from '../points/point.ts'

/** Text room beside or above a chart, in lines of `lineWidth` em (0: the chart is alone). */
export const chartTextRoom: Record<ChartShape, { lineWidth: number, lines: number }> = {
  /** Chart alone under the title. */
  full: { lineWidth: 31, lines: 0 },
  /** Text column of 2/5 of the width (337 px) at 1.15rem, chart on the right (components/chart-size.ts: side). */
  side: { lineWidth: 18, lines: 12 },
  /** Under 4 lines at 1.4rem (129 px) above a chart 260 px high (components/chart-size.ts: stack). */
  stack: { lineWidth: 37, lines: 3.6 },
}

/** A slide of at most `bullets` points that fill at most `lines` lines of `lineWidth` em at the large type (`td-large`, 1.9rem: 27 em on 868 px, 44 px a line of the 403 px under the title) gets it. */
export const largeTextRoom = { lineWidth: 27, lines: 6, bullets: 4 }

/** A side text column that fits this room at 1.35rem (15 em a line, 13 lines of the 390 px) takes that size (`td-chart-roomy`). */
export const roomySideRoom = { lineWidth: 15, lines: 9 }

/** Visible characters a chart slide holds, its labels and the text beside it together (whitespace left out); text beyond it that is not the chart's own moves to a slide of its own. */
export const chartSlideCharacters = 150

/** A slide of one short point is a statement (`td-statement`, 2.4rem centred: 22 em on 868 px) when the point fits these lines. */
export const statementRoom = { lineWidth: 22, lines: 3 }
