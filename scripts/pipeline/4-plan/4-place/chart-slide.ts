// A content slide with its chart: the slide's text in a column (`td-chart-text`) beside or
// above the chart, or the chart alone; the notes say where the chart's data comes from and hold it as a table.
import type { BlockContent, RootContent } from 'mdast'
import type { Chart, Lang, Slide } from '../../model/deck.ts'
import { chartTable } from '../2-charts/chart-table.ts'
import { lookSeconds } from '../../shared/tuning.ts'
import { labels } from '../../text/labels.ts'
import { speakingTime, spokenBlocks, visualsIn } from '../../text/speaking-time.ts'

const html = (value: string): BlockContent => ({ type: 'html', value }) as unknown as BlockContent

/** Seconds the room looks at a chart drawn on a slide with `notes`: a chart of a table's figures is shown, not said (`lookSeconds`); a chart of sentences' figures is said with them. */
function chartLook(chart: Chart, notes: readonly RootContent[]): number {
  return notes.some(node => node.type === 'table' && node.position?.start.line === chart.source.line) ? lookSeconds : 0
}

/** Seconds the room looks at what a slide shows: each visual of its `body`, and its `chart` when the notes do not say its figures. */
export function slideLooks({ body, chart, notes }: Pick<Slide, 'body' | 'chart' | 'notes'>): number {
  return visualsIn(body) * lookSeconds + (chart ? chartLook(chart, notes) : 0)
}

/** `slide` with `chart` drawn on it; `roomy` text beside it takes the larger size. */
export function chartSlide(slide: Slide, chart: Chart, lang: Lang, roomy = false): Slide {
  const { lines: _, ...shown } = chart
  const view = html('<ChartView :chart="$frontmatter.chart" />')
  const body = slide.body.length ? [html('<div class="td-chart-text">'), ...slide.body, html('</div>'), view] : [view]
  const said: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: labels[lang].chart(chart.source.line) }] }, ...slide.notes]
  // The chart's data as a table follows its source line, for screen readers and the handout: read, not said, so not timed.
  const notes = [said[0]!, chartTable(shown, lang), ...said.slice(1)]
  return { ...slide, body: body as Slide['body'], notes, seconds: speakingTime(spokenBlocks(said)) + slideLooks({ body: slide.body, chart, notes: slide.notes }), chart: shown, class: `td-chart td-chart-${chart.shape ?? 'full'}${roomy ? ' td-chart-roomy' : ''}` }
}
