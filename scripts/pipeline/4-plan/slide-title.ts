// A section's later slides are titled by what they say, the section's title shown small
// above (the kicker): a sub-heading or bold lead the slide starts with, or the bold words its
// bullets open with, else the caption or alt text of its image (visual-title.ts), else the key
// phrase of its first point that has one, else the sentence introducing its image, table or code,
// else its first short point, moved up, or the names its chart draws. "(cont.)" is left for slides with none.
import type { Nodes, RootContent } from 'mdast'
import type { Chart, Lang } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { labels } from '../text/labels.ts'
import { saysWhenOnly, topicPhrase, wholeUpTo, words } from '../text/lang/index.ts'
import { width } from '../text/measure.ts'
import { plainTitle, titleFromText, titleOf } from '../text/title-math.ts'
import { silence } from './3-points/point.ts'
import { showsImage } from './3-points/shown-visuals.ts'
import { saysNothing } from './3-points/weak-point.ts'
import { isShown } from './4-place/shown-text.ts'
import { isSparse } from './sparse-pages.ts'
import { visualCaption, visualIntroduction, visualTitleWidth } from './visual-title.ts'

/**
 * A key phrase fits one line of the 2.1rem title on the 868 px column (25.8 em) beside nothing
 * else; a lead taken whole may wrap to a second line. Below `least` (English words, Chinese em)
 * a phrase says too little to title a slide.
 */
export const titleRoom = { width: 24, leadWidth: 36, words: 7, least: { en: 3, zh: 4 } }

// Where a phrase may not run on: clause and sentence marks (a full stop only before a space).
// Quotes and brackets run on: a quotation is often what the clause says ("…在于"能生成有用的文本"").
const phraseStop = /[\n，,：:；;。！？!?、—–]|\.(?=\s|$)|\s-\s/u

// Whole words from the start of `clause` within the title's room that the language layer
// calls whole as a headline: the whole clause when it fits, else (English only) the longest
// run that does not split a phrase ("In terms of operating systems used | by Rustaceans",
// never "We also asked whether respondents consider | themselves"). A Chinese or Japanese
// clause is whole or not at all: a title cut from one reads as a fragment; but a Japanese
// clause's topic phrase (before は, が, も or を) is a headline of its own.
function headPhrase(clause: string, lang: Lang): string | undefined {
  let best: string | undefined
  for (const [index, word] of words(clause, lang).entries()) {
    // A sign that belongs to its figure ("20%"), and a closing quote or bracket, go with the word.
    const head = clause.slice(0, word.end + (/^[%‰℃°+"”’」』）)\]》]+/u.exec(clause.slice(word.end))?.[0].length ?? 0))
    if (width(head) > titleRoom.width || (lang === 'en' && index >= titleRoom.words))
      return lang === 'en' ? best : topicHeadline(clause, lang)
    const enough = lang === 'en' ? index + 1 >= titleRoom.least.en : width(head) >= titleRoom.least.zh
    if (enough && !saysNothing(head, lang) && wholeUpTo(clause, head.length, lang, { headline: true }))
      best = head
  }
  return lang === 'en' || (best !== undefined && !/[\p{L}\p{N}]/u.test(clause.slice(best.length))) ? best : topicHeadline(clause, lang)
}

// A Japanese clause too long for the title gives the noun phrase it is about.
function topicHeadline(clause: string, lang: Lang): string | undefined {
  const topic = topicPhrase(clause, lang)
  return topic && width(topic) <= titleRoom.width ? topic : undefined
}

// The clauses of `text`, trimmed, in order.
function clauses(text: string): string[] {
  return text.split(phraseStop).map(clause => clause.trim()).filter(Boolean)
}

/** The key phrases of a point's shown `text`, best first: its clauses that fit the title whole, then (unless `wholeOnly`) whole words from the start of the others. */
export function keyPhrases(text: string, lang: Lang, wholeOnly = false): string[] {
  const all = clauses(text)
  const heads = all.map(clause => headPhrase(clause, lang))
  const whole = heads.filter((head, index) => head === all[index])
  const phrases = (wholeOnly ? whole : [...whole, ...heads.filter(head => head && !whole.includes(head))]) as string[]
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
  const text = bold ? titleOf(first).trim() : undefined
  return text && !text.includes('\n') ? text : undefined
}

// A formula in a point's text, as phrases see it: a phrase is cut by words, so none that holds a formula titles a slide
// (split at the commas of "$(1,1,1,1)$", a Japanese title had read "出る目の集団はからまで6^4 = 1296"). The rest is a title's text (text/title-math.ts).
const formula = '\uFFFC'

function titleText(node: Nodes): string {
  if (node.type === 'inlineMath' || node.type === 'math')
    return formula
  return 'children' in node ? node.children.map(child => titleText(child)).join('') : 'value' in node && node.type !== 'html' ? titleFromText(node.value) : ''
}

function shownText(point: Point): string {
  return (point.kind === 'bullet' && point.item ? titleText(point.item) : point.body.map(titleText).join('')).trim()
}

/** The title of a section's later slide `page` from what it shows, or undefined when it shows no lead, no visual that says what it is and no point with a key phrase; `earlier`: the section's article blocks before the page. */
export function pageTitle<P extends Page>(page: P, lang: Lang, taken: ReadonlySet<string> = new Set(), earlier: readonly RootContent[] = []): PageTitle<P> | undefined {
  const shown = page.points.filter(isShown)
  const lead = shown[0] && leadText(shown[0])
  // The lead moves up into the title when something else stays on the slide.
  if (lead && !taken.has(lead) && shown.length > 1 && width(plainTitle(lead)) <= titleRoom.leadWidth)
    return { title: lead, page: { ...page, points: page.points.map(point => point === shown[0] ? silence(point) : point) } }
  const named = boldNames(shown, lang)
  if (named && !taken.has(named))
    return { title: named }
  const caption = visualCaption(page, lang, taken, earlier)
  if (caption)
    return { title: caption }
  // Phrases come from the slide's text, never from its code or tables.
  // A whole clause of any point reads better than part of one; a title that is the whole of a
  // point only repeats it, and one an earlier slide has does not tell them apart.
  const points = shown.filter(point => point.kind === 'bullet' || point.kind === 'lead')
  const texts = points.map(shownText)
  const usable = (text: string) => (phrase: string): boolean => !taken.has(phrase) && phrase !== bare(text) && !phrase.includes(formula)
  const whole = texts.flatMap(text => keyPhrases(text, lang, true).filter(usable(text)))
  const title = whole[0] ?? texts.flatMap(text => keyPhrases(text, lang).filter(usable(text)))[0]
  const said = title ?? visualIntroduction(page, lang, taken, earlier) ?? (points.length ? undefined : notesPhrase(page, lang, taken))
  if (said)
    return { title: said }
  // Else the first short point that fits the title moves up into it, when something else stays
  // on the slide: beside an image, table or code it says what that shows; over a list it reads as its topic.
  // What stays must not be one short point alone (a sparse slide).
  const first = shown.length > 1 ? texts.findIndex(text => width(bare(text)) <= visualTitleWidth && !taken.has(bare(text)) && !text.includes(formula)) : -1
  const rest = first >= 0 ? { ...page, points: page.points.map(point => point === points[first] ? silence(point) : point) } : undefined
  return rest && !isSparse(rest) ? { title: bare(texts[first]!), page: rest } : undefined
}

// The bold words each shown bullet opens with ("**Rustfix** With all the syntax changes…"), when
// every one does and each names something else (a speaker's name before a colon is a label, not a
// topic), joined when they fit the title together: the names of what the slide goes through.
function boldNames(shown: Point[], lang: Lang): string | undefined {
  const names = shown.map((point) => {
    const first = point.kind === 'bullet' ? point.item?.children[0] : undefined
    const [opening, after] = first?.type === 'paragraph' ? first.children : []
    // Bold words and a colon after them name who speaks ("**Jan David Nose**: …"), not what.
    const label = after?.type === 'text' && /^\s*[:：]/u.test(after.value)
    return opening?.type === 'strong' && !label ? bare(titleOf(opening).trim()) : ''
  })
  if (names.length < 2 || names.some(name => !name) || new Set(names).size < names.length)
    return undefined
  // All of them, or the title would name one of the things the slide goes through.
  const title = names.join(labels[lang].separator)
  return width(plainTitle(title)) <= titleRoom.width ? title : undefined
}

// A slide that shows a picture and no text is titled by the first whole clause its notes say after
// the picture ("…GitHub Pages will rebuild and deploy your site" under a screenshot), else before it, never a bare time. A
// chart's slide is left to its chart's names: its notes tell where the figures come from.
function notesPhrase(page: Page & { chart?: Chart }, lang: Lang, taken: ReadonlySet<string>): string | undefined {
  const picture = page.points.findIndex(point => isShown(point) && showsImage(point))
  if (page.chart || picture < 0)
    return undefined
  // What is said after the picture, else what leads into it.
  const said = (points: Point[]): string[] => points.filter(point => !isShown(point)).flatMap(point => point.notes.filter(note => note.type === 'paragraph').map(note => titleText(note)))
  const texts = [...said(page.points.slice(picture + 1)), ...said(page.points.slice(0, picture))]
  const usable = (phrase: string): boolean => !taken.has(phrase) && !saysWhenOnly(phrase, lang) && !phrase.includes(formula)
  return texts.flatMap(text => keyPhrases(text, lang, true)).find(usable) ?? texts.flatMap(text => keyPhrases(text, lang)).find(usable)
}

// A point's text without its closing marks, as a title reads.
function bare(text: string): string {
  return text.replace(/[\s.。!！?？:：]+$/u, '')
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
  const own = chart?.title && titleFromText(chart.title)
  if (own && width(chart.title!) <= titleRoom.leadWidth && !taken.has(own))
    return own
  let title: string | undefined
  for (const label of chart ? chartLabels(chart) : []) {
    const next = title === undefined ? titleFromText(label.trim()) : `${title}${labels[lang].separator}${titleFromText(label.trim())}`
    if (width(plainTitle(next)) > titleRoom.width)
      break
    title = next
  }
  return title && !taken.has(title) ? title : undefined
}
