// One section to its content, quote and chart slides.
import type { BlockContent, List, RootContent } from 'mdast'
import type { Chart, Lang, Section, Slide } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { labels } from '../text/labels.ts'
import { speakingTime, spokenBlocks } from '../text/speaking-time.ts'
import { titleNodes } from '../text/title-math.ts'
import { points } from './3-points/points.ts'
import { chartSlide, slideLooks } from './4-place/chart-slide.ts'
import { placeCharts } from './4-place/place-charts.ts'
import { firstItemIndex, notes } from './notes.ts'
import { paginate } from './paginate.ts'
import { chartTitle, pageTitle } from './slide-title.ts'
import { withTextSize } from './text-size.ts'

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
  /** Draw diagram fences, as the deck settings allow. */
  diagrams?: boolean
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

// `opened`: an earlier slide of the section showed its title (quote slides show none).
// A later slide is titled by what it shows, under the section's title as its kicker (slide-title.ts);
// its route alias stays the continuation's, so an edit to what it shows keeps the slide's URL.
function slide(section: Section, page: Page, index: number, opened: boolean, context: SectionContext, own?: string): Slide {
  const continued = `${section.title}${labels[context.lang].continued}`
  const title = own ?? (opened ? continued : section.title)
  // A heading with no text under it still gets notes: the heading itself.
  const notesBlocks = page.points.length ? notes(page.points) : [{ type: 'paragraph', children: section.heading?.children ?? titleNodes(section.title) } as RootContent]
  const kind = page.kind === 'quote' ? 'quote' : 'content'
  const layout = page.kind === 'quote' ? 'quote' : context.layout ?? 'default'
  const id = index === 0 ? section.heading?.data?.talkdownId : undefined
  const shown = body(page)
  return { kind, title, ...(own ? { kicker: section.title } : {}), layout, routeAlias: context.alias(id ?? (opened ? continued : title)), body: shown, notes: notesBlocks, seconds: speakingTime(spokenBlocks(notesBlocks)) + slideLooks({ body: shown, notes: notesBlocks }), position: page.points[0]?.notes[0]?.position, section: section.title }
}

/** The slides for one section, in order, charts on the slides of the bullets they draw. */
export function sectionSlides(section: Section, context: SectionContext): Slide[] {
  const pages = paginate(points(section.blocks, context), context.room, context.lang, section.title)
  // Quote slides show no heading, so a section of quotes only opens with a title slide.
  const titled = pages.some(page => page.kind === 'content') ? pages : [{ kind: 'content', points: [] } as Page, ...pages]
  // Charts replace the bullets they draw or share their slide (plan/place-charts.ts).
  let opened = false
  const taken = new Set<string>()
  const slides = placeCharts(titled, context.charts, section.blocks)
  return slides.map((placed, index, all) => {
    // What comes before the page may say what it shows: a sub-heading, a sentence ending "…as follows:".
    const earlier = all.slice(0, index).flatMap(page => page.points.flatMap(point => point.notes))
    // A section titled by its part (merged sections) titles its first slide by what it shows too.
    const own = (opened || section.partTitled) && placed.kind === 'content' ? pageTitle(placed, context.lang, taken, earlier) : undefined
    const page = own?.page ?? placed
    const made = slide(section, page, index, opened, context, own?.title ?? (opened ? chartTitle(placed.chart, context.lang, taken) : undefined))
    opened ||= page.kind === 'content'
    taken.add(made.title)
    // A chart whose heading became the slide's title does not repeat it above the chart.
    const chart = page.chart?.title && page.chart.title === made.title ? { ...page.chart, title: undefined } : page.chart
    return chart ? chartSlide(made, chart, context.lang, page.roomy) : withTextSize(made, page)
  })
}
