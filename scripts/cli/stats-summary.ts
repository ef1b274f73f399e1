// `talkdown stats`: the numbers that tell a talk from an article cut into slides,
// computed from what each slide shows in the browser and what its notes say.
import type { SlideText } from '../browser/talk-stats.ts'
import type { Chart, Deck, Lang, Slide } from '../pipeline/index.ts'
import { toString } from 'mdast-util-to-string'
import { isFragment, thinCharacters as thinLimit } from '../pipeline/index.ts'

/** One slide as measured: the deck's facts and what Chromium showed. */
export interface SlideFacts {
  /** Role of the slide in the deck. */
  kind: Slide['kind']
  /** Section the slide comes from, if any. */
  section?: string
  /** Whether the slide draws a chart. */
  chart: boolean
  /** Speaking time of its notes, in seconds. */
  seconds: number
  /** Characters its notes say (whitespace left out). */
  said: number
  /** What the slide shows. */
  shown: SlideText
  /** Whether something on it overflows. */
  overflow: boolean
  /** Language of the deck. */
  lang: Lang
  /** Whether its title is its section's title marked as continued ("(cont.)", "（续）"). */
  continued: boolean
  /** Each entry its chart draws: the label, and the figure or date it labels. */
  chartEntries: ChartEntry[]
}

/** One entry of a chart: what it is labelled, and the figure or date beside the label. */
export interface ChartEntry {
  /** The label. */
  label: string
  /** The figure or date, as the article writes it; empty for a ranking or glossary entry. */
  figure: string
}

/** A piece of text on a slide, by slide number. */
export interface Found {
  /** Slide number, 1-based. */
  no: number
  /** The text. */
  text: string
}

/** The summary `talkdown stats` prints. */
export interface TalkStats {
  /** Slides in the deck. */
  slides: number
  /** Content slides (text or chart; quotes, cover, agenda, dividers and closing left out). */
  contentSlides: number
  /** Speaking time of all notes, in minutes. */
  minutes: number
  /** Median seconds a content slide stays up. */
  secondsPerSlide: number
  /** The same for content slides that show a picture, diagram, code or table (no chart) and for the rest: a deck of screenshots or a keynote's slides goes faster than prose. */
  secondsByKind: { visual: { slides: number, median: number }, text: { slides: number, median: number } }
  /** Visible characters on content slides over the characters of their notes. */
  shownSaid: number
  /** Visible characters per content slide besides the title: median and 90th percentile. */
  visible: { median: number, p90: number }
  /** Text pieces shown cut with "…", with their slide numbers. */
  cut: Array<{ no: number, text: string }>
  /** Chart slides whose labels are mostly bullets on another slide of their section. */
  repeatedCharts: number[]
  /** Content slides with under `thinLimit` visible characters besides the title (charts, images and quotes aside). */
  thin: number[]
  /** Slides with something that overflows. */
  overflow: number[]
  /** Key points shown on content slides that stop where a clause was cut (`isFragment`). */
  fragments: Found[]
  /** Content slides titled as a continuation of their section, and their share of the content slides. */
  continued: { slides: number[], share: number }
  /** Content slides showing one short point (under `thinLimit` characters) and nothing else, and their share. */
  sparse: { slides: number[], share: number }
  /** Content and quote slides that show nothing besides their title (a quote's attribution aside). */
  empty: number[]
  /** Type on all slides, in px on the 980 px canvas: the smallest size and the slide it is on, and shares of the visible characters. */
  type: { minPx: number, minSlide: number, under18: number, under14: number, slidesUnder14: number[] }
  /** Article source shown as text: TeX, site-generator tags, MDX lines, diagram source. */
  source: Record<SourceKind, Found[]>
  /** Chart entries whose label names nothing, with why. */
  badLabels: Array<Found & { why: string }>
  /** Each content slide: its number, visible characters besides the title, and seconds of notes. */
  perSlide: Array<{ no: number, characters: number, seconds: number }>
}

/** The value at quantile `q` (0…1) of `values`, by nearest rank; 0 when there are none. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length)
    return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** Median of `values` (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  if (!sorted.length)
    return 0
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

// Labels worth comparing: axis ticks and bare figures repeat by chance.
function telling(label: string): boolean {
  return [...label].length >= 3 && !/^[\d.,%+\-–年月日]+$/u.test(label)
}

function repeats(slide: SlideFacts, index: number, slides: SlideFacts[]): boolean {
  const labels = slide.shown.chartLabels.filter(telling)
  const bullets = slides.filter((other, at) => at !== index && other.section === slide.section && other.kind === 'content' && !other.chart).flatMap(other => other.shown.items)
  const found = labels.filter(label => bullets.some(item => item.includes(label)))
  return labels.length > 0 && found.length / labels.length > 0.5
}

// Article source that only a renderer should read, one pattern set a kind. A block of text
// outside code is tested as one line; a code block line by line (only diagram source counts
// there: a code excerpt may well show TeX or a template on purpose).
export type SourceKind = 'tex' | 'templates' | 'mdx' | 'diagrams'
const sourcePatterns: Record<SourceKind, RegExp[]> = {
  tex: [/\\(?:[dt]?frac|begin|end|mathbb|mathrm|mathbf|mathcal|text|operatorname|sqrt|hat|vec|overline)\s*\{/u, /\$\$/u, /\\[()[\]]/u, /\\(?:nabla|partial|theta|alpha|beta|gamma|lambda|sigma|cdot|times|leq|geq|infty|sum|int|prod|left|right)(?![a-z])/iu, /(?:^|[^\w$])\$(?=[^$\s])[^$\\^_{}]*[\\^_{}][^$]*\$/u],
  // Liquid and Hugo tags, Liquid filters, Go templates' media calls (`{{image "a.png"}}`) and mdBook includes.
  templates: [/\{%|%\}/u, /\{\{\s*[<%]|[>%]\s*\}\}/u, /\{\{[^{|}]*\|[^{}]*\}\}/u, /\{\{-?\s*(?:image|img|figure|video)\s+"/u, /\{\{#(?:include|rustdoc_include|playground)\s/u],
  mdx: [/^import\s[\w$*{},\s]+?\sfrom\s+['"‘“]/iu, /^import\s+['"‘“][^'"’”]+['"’”];?$/iu, /^export\s+(?:const|let|default|function)\s/iu],
  diagrams: [/^(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\b/u, /^(?:sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gitGraph|quadrantChart|requirementDiagram|C4Context|xychart-beta|sankey-beta|block-beta)\b/u, /^(?:gantt|mindmap|timeline|journey|pie)(?:\s+title\b.*)?$/u, /^@start(?:uml|mindmap|gantt|wbs|salt|json|yaml)\b/u, /(?:^|\s)(?:style|classDef|linkStyle)\s+[\w,-]+\s+[\w-]*(?:fill|stroke|color)\s*:/u],
}

/** Which kinds of article source `blocks` (text outside code, one entry a block) and `code` (code blocks) show. */
export function shownSource(blocks: string[], code: string[]): Record<SourceKind, string[]> {
  // A code block holding a fence of its own is a Markdown sample: its diagram is an example, as the article means it.
  const lines = code.filter(text => !/^\s*(?:```|~~~)/mu.test(text)).flatMap(text => text.split('\n')).map(line => line.trim()).filter(Boolean)
  const kinds = Object.keys(sourcePatterns) as SourceKind[]
  return Object.fromEntries(kinds.map(kind => [kind, [...blocks, ...(kind === 'diagrams' ? lines : [])].filter(text => sourcePatterns[kind].some(pattern => pattern.test(text)))])) as Record<SourceKind, string[]>
}

/** Why a chart entry's label names nothing, if it does not: empty, the figure itself, or a fragment (a function word, a pronoun, a particle first). */
export function badLabel(entry: ChartEntry, lang: Lang): string | undefined {
  const label = entry.label.trim()
  if (!label)
    return 'empty'
  if (!label.replace(entry.figure, '').replace(/[\p{N}\p{P}\p{S}\s]+/gu, ''))
    return 'the figure'
  return isFragment(label, lang) ? 'fragment' : undefined
}

/** Every entry `chart` draws, with the figure or date beside its label. */
export function chartEntries(chart: Chart | undefined): ChartEntry[] {
  switch (chart?.type) {
    case 'bar':
    case 'stat':
      return chart.items.map(item => ({ label: item.label, figure: item.display }))
    case 'timeline':
      return chart.events.map(event => ({ label: event.label, figure: event.display }))
    case 'ranking':
      return chart.items.map(item => ({ label: item.label, figure: '' }))
    case 'growth':
      return [{ label: chart.label, figure: chart.display }, ...(chart.marks ?? []).map(mark => ({ label: mark.label, figure: mark.display }))]
    case 'glossary':
      return chart.items.map(item => ({ label: item.term, figure: '' }))
    default:
      return []
  }
}

// A continuation slide repeats its section's title with a bracketed mark after it
// ("(cont.)", "（续）"); the model has no other marker for it, and any language's mark is bracketed.
function continues(slide: Slide): boolean {
  const rest = slide.section !== undefined && slide.title.startsWith(slide.section) ? slide.title.slice(slide.section.length).trim() : ''
  return /^[(（][^()（）]+[)）]$/u.test(rest)
}

/** The facts of `deck`'s slides, with what Chromium showed of each and which slides overflow (1-based numbers). */
export function slideFacts(deck: Pick<Deck, 'lang' | 'slides'>, shown: SlideText[], overflowing: Set<number>): SlideFacts[] {
  return deck.slides.map((slide, index) => ({
    kind: slide.kind,
    section: slide.section,
    chart: Boolean(slide.chart),
    seconds: slide.seconds,
    said: [...slide.notes.map(node => toString(node)).join('').replace(/\s+/gu, '')].length,
    shown: ownEllipses(shown[index] ?? { characters: 0, items: [], chartLabels: [], cut: [], images: 0, points: [], visuals: 0, quoted: 0, blocks: [], code: [], type: { characters: 0, under18: 0, under14: 0 } }, slide),
    overflow: overflowing.has(index + 1),
    lang: deck.lang,
    continued: slide.kind === 'content' && continues(slide),
    chartEntries: chartEntries(slide.chart),
  }))
}

// An ellipsis the article itself writes ("还有更多...", a heading) is in the slide's notes as shown: it was not cut.
function ownEllipses(text: SlideText, slide: Slide): SlideText {
  const notes = slide.notes.map(node => toString(node)).join('\n').replace(/\s+/gu, ' ')
  return { ...text, cut: text.cut.filter(piece => !notes.includes(piece.replace(/\s+/gu, ' ').trim())) }
}

const share = (part: number, whole: number): number => whole ? Math.round(part / whole * 1000) / 1000 : 0

// Sparse: one short point and nothing else. "Short" is the planner's own thin measure
// (`thinCharacters`, what it calls too little to stay up for), so stats and planner agree.
function isSparse(slide: SlideFacts): boolean {
  return !slide.chart && !slide.shown.visuals && slide.shown.points.length === 1 && slide.shown.characters < thinLimit
}

function typeStats(numbered: Array<{ slide: SlideFacts, no: number }>): TalkStats['type'] {
  const characters = numbered.reduce((sum, { slide }) => sum + slide.shown.type.characters, 0)
  const sized = numbered.filter(({ slide }) => slide.shown.type.minPx !== undefined)
  const smallest = sized.reduce<{ slide: SlideFacts, no: number } | undefined>((best, one) => !best || one.slide.shown.type.minPx! < best.slide.shown.type.minPx! ? one : best, undefined)
  return {
    minPx: smallest ? Math.round(smallest.slide.shown.type.minPx! * 10) / 10 : 0,
    minSlide: smallest?.no ?? 0,
    under18: share(numbered.reduce((sum, { slide }) => sum + slide.shown.type.under18, 0), characters),
    under14: share(numbered.reduce((sum, { slide }) => sum + slide.shown.type.under14, 0), characters),
    slidesUnder14: numbered.filter(({ slide }) => slide.shown.type.under14 > 0).map(({ no }) => no),
  }
}

/** Summarise measured `slides` (in deck order; slide numbers are 1-based). */
export function talkStats(slides: SlideFacts[]): TalkStats {
  const numbered = slides.map((slide, index) => ({ slide, no: index + 1, index }))
  const content = numbered.filter(({ slide }) => slide.kind === 'content')
  const shown = content.reduce((sum, { slide }) => sum + slide.shown.characters, 0)
  const said = content.reduce((sum, { slide }) => sum + slide.said, 0)
  const continued = content.filter(({ slide }) => slide.continued).map(({ no }) => no)
  const sparse = content.filter(({ slide }) => isSparse(slide)).map(({ no }) => no)
  return {
    slides: slides.length,
    contentSlides: content.length,
    minutes: Math.round(slides.reduce((sum, slide) => sum + slide.seconds, 0) / 6) / 10,
    secondsPerSlide: median(content.map(({ slide }) => slide.seconds)),
    secondsByKind: secondsByKind(content.map(({ slide }) => slide)),
    shownSaid: said ? Math.round(shown / said * 1000) / 1000 : 0,
    visible: { median: median(content.map(({ slide }) => slide.shown.characters)), p90: quantile(content.map(({ slide }) => slide.shown.characters), 0.9) },
    cut: content.flatMap(({ slide, no }) => slide.shown.cut.map(text => ({ no, text }))),
    repeatedCharts: content.filter(({ slide, index }) => slide.chart && repeats(slide, index, slides)).map(({ no }) => no),
    thin: content.filter(({ slide }) => !slide.chart && !slide.shown.images && slide.shown.characters < thinLimit).map(({ no }) => no),
    overflow: numbered.filter(({ slide }) => slide.overflow).map(({ no }) => no),
    fragments: content.flatMap(({ slide, no }) => slide.shown.points.filter(point => isFragment(point, slide.lang)).map(text => ({ no, text }))),
    continued: { slides: continued, share: share(continued.length, content.length) },
    sparse: { slides: sparse, share: share(sparse.length, content.length) },
    empty: numbered.filter(({ slide }) => (slide.kind === 'content' && !slide.shown.characters && !slide.shown.visuals) || (slide.kind === 'quote' && !slide.shown.quoted && !slide.shown.visuals)).map(({ no }) => no),
    type: typeStats(numbered),
    source: Object.fromEntries((['tex', 'templates', 'mdx', 'diagrams'] as const).map(kind => [kind, numbered.flatMap(({ slide, no }) => shownSource(slide.shown.blocks, slide.shown.code)[kind].map(text => ({ no, text })))])) as Record<SourceKind, Found[]>,
    badLabels: numbered.flatMap(({ slide, no }) => slide.chartEntries.flatMap((entry) => {
      const why = badLabel(entry, slide.lang)
      return why ? [{ no, text: entry.label, why }] : []
    })),
    perSlide: content.map(({ slide, no }) => ({ no, characters: slide.shown.characters, seconds: slide.seconds })),
  }
}

const sourceNames: Record<SourceKind, string> = { tex: 'raw TeX', templates: 'template tags', mdx: 'MDX lines', diagrams: 'diagram source' }

/** The summary as lines for the terminal. */
function secondsByKind(content: SlideFacts[]): TalkStats['secondsByKind'] {
  const visual = content.filter(slide => !slide.chart && slide.shown.visuals > 0).map(slide => slide.seconds)
  const text = content.filter(slide => slide.chart || !slide.shown.visuals).map(slide => slide.seconds)
  return { visual: { slides: visual.length, median: median(visual) }, text: { slides: text.length, median: median(text) } }
}

// The split by kind, when the deck has slides of both.
function byKind({ visual, text }: TalkStats['secondsByKind']): string {
  return visual.slides && text.slides ? ` (${visual.slides} showing a picture, diagram, code or table: median ${visual.median}; ${text.slides} others: median ${text.median})` : ''
}

export function statsLines(stats: TalkStats): string[] {
  const found = (pieces: Found[]): string => pieces.length ? ` (${pieces.slice(0, 5).map(piece => `${piece.no}: ${piece.text.slice(0, 60)}`).join('; ')}${pieces.length > 5 ? '; …' : ''})` : ''
  const percent = (value: number, digits = 0): string => `${(value * 100).toFixed(digits)}%`
  const list = (nos: number[]): string => nos.length ? ` (slides ${nos.slice(0, 12).join(', ')}${nos.length > 12 ? ', …' : ''})` : ''
  return [
    `slides: ${stats.slides} (${stats.contentSlides} content), ${stats.minutes} min of notes`,
    `seconds per content slide: median ${stats.secondsPerSlide}${byKind(stats.secondsByKind)}`,
    `shown/said: ${Math.round(stats.shownSaid * 100)}% of the characters the notes say are on the slides`,
    `visible characters per content slide: median ${stats.visible.median}, p90 ${stats.visible.p90}`,
    `cut with "…": ${stats.cut.length}${stats.cut.length ? ` (${stats.cut.slice(0, 5).map(cut => `${cut.no}: ${cut.text}`).join('; ')})` : ''}`,
    `chart slides repeating a neighbour: ${stats.repeatedCharts.length}${list(stats.repeatedCharts)}`,
    `thin content slides (< ${thinLimit} characters): ${stats.thin.length}${list(stats.thin)}`,
    `overflowing slides: ${stats.overflow.length}${list(stats.overflow)}`,
    `fragments (points cut mid-clause): ${stats.fragments.length}${found(stats.fragments)}`,
    `continuation titles: ${stats.continued.slides.length} (${percent(stats.continued.share)} of content slides)${list(stats.continued.slides)}`,
    `sparse slides (one point under ${thinLimit} characters, nothing else): ${stats.sparse.slides.length} (${percent(stats.sparse.share)})${list(stats.sparse.slides)}`,
    `empty slides (title only, quotes included): ${stats.empty.length}${list(stats.empty)}`,
    `type: smallest ${stats.type.minPx} px (slide ${stats.type.minSlide}), ${percent(stats.type.under18, 1)} of characters under 18 px, ${percent(stats.type.under14, 1)} under 14 px${list(stats.type.slidesUnder14)}`,
    ...(['tex', 'templates', 'mdx', 'diagrams'] as const).map(kind => `${sourceNames[kind]} shown: ${stats.source[kind].length}${found(stats.source[kind])}`),
    `chart labels that name nothing: ${stats.badLabels.length}${found(stats.badLabels.map(bad => ({ no: bad.no, text: `“${bad.text}” (${bad.why})` })))}`,
  ]
}
