// A section's later slides are titled by what they say, the section's title shown small
// above (the kicker): a sub-heading or bold lead the slide starts with, else the key
// phrase of its first point that has one, or the names its chart draws. "(cont.)" is left for slides with neither.
import type { Chart, Lang } from '../model/deck.ts'
import type { Point } from '../points/point.ts'
import type { Page } from './paginate.ts'
import { toString } from 'mdast-util-to-string'
import { isShown } from '../place/shown-text.ts'
import { silence } from '../points/point.ts'
import { isWeakPoint } from '../points/weak-point.ts'
import { width } from '../text/measure.ts'
import { wordSegmenters } from '../text/segmenters.ts'
import { labels } from './labels.ts'

/**
 * A key phrase fits one line of the 2.1rem title on the 868 px column (25.8 em) beside nothing
 * else; a lead taken whole may wrap to a second line. Below `least` (English words, Chinese em)
 * a phrase says too little to title a slide.
 */
export const titleRoom = { width: 24, leadWidth: 36, words: 7, least: { en: 2, zh: 4 } }

// Where a phrase may not run on: clause and sentence marks, brackets and quotes (a phrase
// taken from between them never leaves one open). A full stop counts only before a space.
const phraseStop = /[\n，,：:；;。！？!?、（）()[\]“”"「」《》—–]|\.(?=\s|$)|\s[—–-]\s/u

// Whole words from the start of `clause` within the title's room, ending on a word that
// wants nothing more: the whole clause when it fits, else (English only, whose words the
// segmenter knows) the longest such run. A Chinese clause cut between the segmenter's words
// reads as a fragment ("…证明了开发者对命令"), so it is taken whole or not at all.
function headPhrase(clause: string, lang: Lang): string | undefined {
  let best: string | undefined
  let words = 0
  for (const piece of wordSegmenters[lang].segment(clause)) {
    if (!piece.isWordLike)
      continue
    words++
    const head = clause.slice(0, piece.index + piece.segment.length)
    if (width(head) > titleRoom.width || (lang === 'en' && words > titleRoom.words))
      return lang === 'en' ? best : undefined
    const enough = lang === 'en' ? words >= titleRoom.least.en : width(head) >= titleRoom.least.zh
    if (enough && !isWeakPoint(head, lang))
      best = head
  }
  return lang === 'en' || best === clause.replace(/[^\p{L}\p{N}]+$/u, '') ? best : undefined
}

// The clauses of `text`, trimmed, in order.
function clauses(text: string): string[] {
  return text.split(phraseStop).map(clause => clause.trim()).filter(Boolean)
}

/** The key phrases of a point's shown `text`, best first: its clauses that fit the title whole, then whole words from the start of the others. */
export function keyPhrases(text: string, lang: Lang): string[] {
  const all = clauses(text)
  const heads = all.map(clause => headPhrase(clause, lang))
  const whole = heads.filter((head, index) => head === all[index])
  const phrases = [...whole, ...heads.filter(head => head && !whole.includes(head))] as string[]
  return phrases.map(phrase => lang === 'en' ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase)
}

/** A slide's own title and its page, a lead it was taken from left to the notes. */
export interface PageTitle<P extends Page = Page> {
  title: string
  /** The page without a lead that became the title (undefined: the page as it was). */
  page?: P
}

// A sub-heading or bold lead: the shown paragraph is one strong run.
function leadText(point: Point): string | undefined {
  const [first] = point.body
  const bold = point.kind === 'lead' && first?.type === 'paragraph' && first.children.length === 1 && first.children[0]?.type === 'strong'
  // A bold block of several lines (a list of names) is no heading.
  const text = bold ? toString(first).trim() : undefined
  return text && !text.includes('\n') ? text : undefined
}

function shownText(point: Point): string {
  return toString(point.kind === 'bullet' && point.item ? point.item : point.body).trim()
}

/** The title of a section's later slide `page` from what it shows, or undefined when it shows no lead and no point has a key phrase. */
export function pageTitle<P extends Page>(page: P, lang: Lang, taken: ReadonlySet<string> = new Set()): PageTitle<P> | undefined {
  const shown = page.points.filter(isShown)
  const lead = shown[0] && leadText(shown[0])
  // The lead moves up into the title when something else stays on the slide.
  if (lead && !taken.has(lead) && shown.length > 1 && width(lead) <= titleRoom.leadWidth)
    return { title: lead, page: { ...page, points: page.points.map(point => point === shown[0] ? silence(point) : point) } }
  // Phrases come from the slide's text, never from its code or tables.
  for (const point of shown.filter(point => point.kind === 'bullet' || point.kind === 'lead')) {
    const text = shownText(point)
    // A title that is the whole of a point only repeats it; one an earlier slide has does not tell them apart.
    const phrase = keyPhrases(text, lang).find(phrase => !taken.has(phrase) && phrase !== text.replace(/[\s.。!！?？:：]+$/u, ''))
    if (phrase)
      return { title: phrase }
  }
  return undefined
}

// The names a chart draws, in its order: what its slide shows when it shows nothing else.
function chartLabels(chart: Chart): string[] {
  switch (chart.type) {
    case 'glossary':
      return chart.items.map(item => item.term)
    case 'timeline':
      return chart.events.map(event => event.label)
    case 'growth':
      return [chart.label]
    default:
      return chart.items.map(item => item.label)
  }
}

/** A title for a chart's slide that shows no lead or key phrase: the chart's own heading, else as many of its labels as fit the title, whole. */
export function chartTitle(chart: Chart | undefined, lang: Lang, taken: ReadonlySet<string> = new Set()): string | undefined {
  if (chart?.title && width(chart.title) <= titleRoom.leadWidth && !taken.has(chart.title))
    return chart.title
  let title: string | undefined
  for (const label of chart ? chartLabels(chart) : []) {
    const next = title === undefined ? label.trim() : `${title}${labels[lang].separator}${label.trim()}`
    if (width(next) > titleRoom.width)
      break
    title = next
  }
  return title && !taken.has(title) ? title : undefined
}
