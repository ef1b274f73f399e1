// One section to its content, quote and chart slides.
import type { BlockContent, List, RootContent } from 'mdast'
import type { Chart, Lang, Section, Slide } from '../model/deck.ts'
import type { Point } from '../points/point.ts'
import type { Page } from './paginate.ts'
import { chartTable } from '../charts/chart-table.ts'
import { points } from '../points/points.ts'
import { labels } from './labels.ts'
import { firstItemIndex, notes } from './notes.ts'
import { paginate } from './paginate.ts'
import { speakingTime } from './speaking-time.ts'

/** What the section planner needs besides the section. */
export interface SectionContext {
  /** Article language. */
  lang: Lang
  /** Unique route alias for a title. */
  alias: (title: string) => string
  /** Layout forced by the deck settings, if any. */
  layout?: string
  /** Charts for the section. */
  charts: Chart[]
  /** Share of the normal slide room to fill, below 1 for sections that overflowed. */
  room: number
}

function body(page: Page): BlockContent[] {
  const blocks: BlockContent[] = []
  for (const point of page.points) {
    const last = blocks.at(-1)
    if (point.kind === 'bullet' && point.item) {
      if (last?.type === 'list' && Boolean(last.ordered) === Boolean(point.ordered))
        last.children.push(point.item)
      else
        blocks.push(listOf(point))
    }
    else {
      blocks.push(...point.body)
    }
  }
  return blocks
}

function listOf(point: Point): List {
  const items = point.notes.flatMap(note => note.type === 'list' ? note.children : [])
  const start = point.ordered && point.group ? (point.group.start ?? 1) + firstItemIndex(point.group, items) : undefined
  return { type: 'list', ordered: point.ordered, start, spread: false, children: [point.item!] }
}

function slide(section: Section, page: Page, index: number, context: SectionContext): Slide {
  const title = index === 0 ? section.title : `${section.title}${labels[context.lang].continued}`
  // A heading with no text under it still gets notes: the heading itself.
  const notesBlocks = page.points.length ? notes(page.points) : [{ type: 'paragraph', children: section.heading?.children ?? [{ type: 'text', value: section.title }] } as RootContent]
  const kind = page.kind === 'quote' ? 'quote' : 'content'
  const layout = page.kind === 'quote' ? 'quote' : context.layout ?? 'default'
  return { kind, title, layout, routeAlias: context.alias(title), body: body(page), notes: notesBlocks, seconds: speakingTime(notesBlocks), position: page.points[0]?.notes[0]?.position, section: section.title }
}

function chartSlide(section: Section, chart: Chart, context: SectionContext): Slide {
  const source = section.blocks.filter(block => block.position && block.position.start.line <= chart.source.line && block.position.end.line >= chart.source.line)
  const notesBlocks: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: labels[context.lang].chart(chart.source.line) }] }, ...notes(points(source, context).map(point => ({ ...point, group: undefined })))]
  const title = chart.title ?? section.title
  // The chart's data as a table follows its source line: read, not said, so not timed.
  const withTable = [notesBlocks[0]!, chartTable(chart, context.lang), ...notesBlocks.slice(1)]
  return { kind: 'content', title, layout: 'default', routeAlias: context.alias(`${section.title}-chart`), body: [{ type: 'html', value: '<ChartView :chart="$frontmatter.chart" />' }] as unknown as BlockContent[], notes: withTable, seconds: speakingTime(notesBlocks), chart, class: 'td-chart', section: section.title }
}

/** The slides for one section, in order; charts follow the slide their data comes from. */
export function sectionSlides(section: Section, context: SectionContext): Slide[] {
  const pages = paginate(points(section.blocks, context), context.room, context.lang)
  // Quote slides show no heading, so a section of quotes only opens with a title slide.
  const titled = pages.some(page => page.kind === 'content') ? pages : [{ kind: 'content', points: [] } as Page, ...pages]
  const slides = titled.map((page, index) => slide(section, page, index, context))
  for (const chart of context.charts) {
    const at = slides.findLastIndex(s => (s.position?.start.line ?? 0) <= chart.source.line)
    slides.splice(at + 1, 0, chartSlide(section, chart, context))
  }
  return slides
}
