// The slides around the content: cover, agenda, chapter dividers, closing.
import type { BlockContent, ListItem, RootContent } from 'mdast'
import type { DeckMeta, Slide } from '../model/deck.ts'
import { labels } from '../text/labels.ts'
import { width } from '../text/measure.ts'
import { speakingTime } from '../text/speaking-time.ts'
import { plainTitle, titleNodes } from '../text/title-math.ts'

const agendaPerSlide = 16
/** A cover or divider title wider than this (in em; two lines of the 2.8rem title) takes the smaller title type. */
const longTitle = 36

function titleClass(title: string): { class?: string } {
  return width(plainTitle(title)) > longTitle ? { class: 'td-long-title' } : {}
}

function paragraph(value: string): BlockContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}

// Text that holds titles (text/title-math.ts), their formulas typeset; the words around them have no `$` or `\\`.
function titled(value: string): BlockContent {
  return { type: 'paragraph', children: titleNodes(value) }
}

function heading(title: string): BlockContent {
  return { type: 'heading', depth: 1, children: titleNodes(title) }
}

function frame(slide: Omit<Slide, 'seconds'>): Slide {
  return { ...slide, seconds: speakingTime(slide.notes) }
}

/** The cover slide. */
export function coverSlide(deck: DeckMeta, chapters: number, minutes: number): Slide {
  const byline = [deck.author, deck.date].filter(Boolean).join(' · ')
  const body: BlockContent[] = [heading(deck.title)]
  if (deck.subtitle)
    body.push(paragraph(deck.subtitle))
  if (byline)
    body.push(paragraph(byline))
  return frame({ kind: 'cover', title: deck.title, layout: 'cover', routeAlias: 'cover', body, notes: [titled(labels[deck.lang].opening(deck.title, chapters, minutes))], ...titleClass(deck.title) })
}

/** Agenda slides listing the chapters, two columns when long, split when very long. */
export function agendaSlides(deck: DeckMeta, chapters: string[], alias: (title: string) => string): Slide[] {
  const words = labels[deck.lang]
  const slides: Slide[] = []
  for (let start = 0; start < chapters.length; start += agendaPerSlide) {
    const chunk = chapters.slice(start, start + agendaPerSlide)
    const title = start === 0 ? words.agenda : `${words.agenda}${words.continued}`
    const items: ListItem[] = chunk.map(value => ({ type: 'listItem', spread: false, children: [titled(value)] }))
    const list: BlockContent = { type: 'list', ordered: true, start: start + 1, spread: false, children: items }
    const notes: RootContent[] = [titled(words.agendaNote(chunk))]
    slides.push(frame({ kind: 'agenda', title, layout: 'default', routeAlias: alias(title), body: [list], notes, class: chunk.length > 7 ? 'td-agenda td-columns' : 'td-agenda' }))
  }
  return slides
}

/** A chapter divider. */
export function chapterSlide(deck: DeckMeta, title: string, sections: string[], alias: (title: string) => string): Slide {
  const words = labels[deck.lang]
  const body: BlockContent[] = [heading(title)]
  const shown = sections.slice(0, 5).join(words.separator) + (sections.length > 5 ? `${words.separator}${words.moreSections(sections.length - 5)}` : '')
  if (shown)
    body.push(titled(shown))
  return frame({ kind: 'chapter', title, layout: 'section', routeAlias: alias(title), body, notes: [titled(words.chapter(title, sections))], ...titleClass(title) })
}

/** The closing slide. */
export function endSlide(deck: DeckMeta, alias: (title: string) => string): Slide {
  const words = labels[deck.lang]
  const body: BlockContent[] = [heading(words.thanks), titled(deck.title)]
  return frame({ kind: 'end', title: words.thanks, layout: 'center', routeAlias: alias('end'), body, notes: [titled(words.closing(deck.title))] })
}
