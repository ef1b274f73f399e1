// talkdown's pipeline, the public API: everything the edges (io, cli, live, export,
// browser) and the bench may use. The stage folders behind it are internal; a test
// (index.test.ts) keeps this list exact, so a new export is a decision, not an accident.

export { chartRows, doublings } from './charts/chart-rows.ts'
export type { ChartRows } from './charts/chart-rows.ts'
export { chartSummary } from './charts/chart-summary.ts'
export { handoutHtml, handoutPage } from './emit/handout-html.ts'
export { stampState } from './emit/stamp.ts'
export { stringify } from './emit/stringify.ts'
export { emptyFit, lowerRoom, parseFit, roomFromFit, stringifyFit } from './fit/fit-table.ts'
export type { FitEntry, FitTable } from './fit/fit-table.ts'
export { generate, remembered, VFile } from './generate.ts'
export type { GenerateInput, GenerateResult, Remembered } from './generate.ts'
export type { BarChart, Chart, GlossaryChart, GrowthChart, RankingChart, StatChart, TimelineChart } from './model/chart.ts'
export type { Deck, Lang, Section, Slide } from './model/deck.ts'
export { parseCached } from './parse/parse-cached.ts'
export { thinCharacters } from './place/shown-text.ts'
export { deckOutline } from './plan/deck-outline.ts'
export type { OutlineEntry } from './plan/deck-outline.ts'
export { canvas } from './shared/canvas.ts'
export { digest } from './shared/digest.ts'
export { fatalMessage, hasFatal } from './shared/fatal.ts'
export { langTags } from './text/article-lang.ts'
