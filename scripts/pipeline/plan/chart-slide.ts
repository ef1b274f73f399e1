// A content slide with its chart: the slide's text in a column (`td-chart-text`) beside or
// above the chart, or the chart alone; the notes say where the chart's data comes from.
import type { BlockContent, RootContent } from 'mdast'
import type { Chart, Lang, Slide } from '../model/deck.ts'
import { labels } from './labels.ts'
import { speakingTime } from './speaking-time.ts'

const html = (value: string): BlockContent => ({ type: 'html', value }) as unknown as BlockContent

/** `slide` with `chart` drawn on it; `roomy` text beside it takes the larger size. */
export function chartSlide(slide: Slide, chart: Chart, lang: Lang, roomy = false): Slide {
  const { lines: _, ...shown } = chart
  const view = html('<ChartView :chart="$frontmatter.chart" />')
  const body = slide.body.length ? [html('<div class="td-chart-text">'), ...slide.body, html('</div>'), view] : [view]
  const notes: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: labels[lang].chart(chart.source.line) }] }, ...slide.notes]
  return { ...slide, body: body as Slide['body'], notes, seconds: speakingTime(notes), chart: shown, class: `td-chart td-chart-${chart.shape ?? 'full'}${roomy ? ' td-chart-roomy' : ''}` }
}
