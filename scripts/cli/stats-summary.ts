// `talkdown stats`: the numbers that tell a talk from an article cut into slides,
// computed from what each slide shows in the browser and what its notes say.
import type { SlideText } from '../browser/talk-stats.ts'
import type { Slide } from '../pipeline/index.ts'
import { thinCharacters as thinLimit } from '../pipeline/index.ts'

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

/** Summarise measured `slides` (in deck order; slide numbers are 1-based). */
export function talkStats(slides: SlideFacts[]): TalkStats {
  const numbered = slides.map((slide, index) => ({ slide, no: index + 1, index }))
  const content = numbered.filter(({ slide }) => slide.kind === 'content')
  const shown = content.reduce((sum, { slide }) => sum + slide.shown.characters, 0)
  const said = content.reduce((sum, { slide }) => sum + slide.said, 0)
  return {
    slides: slides.length,
    contentSlides: content.length,
    minutes: Math.round(slides.reduce((sum, slide) => sum + slide.seconds, 0) / 6) / 10,
    secondsPerSlide: median(content.map(({ slide }) => slide.seconds)),
    shownSaid: said ? Math.round(shown / said * 1000) / 1000 : 0,
    visible: { median: median(content.map(({ slide }) => slide.shown.characters)), p90: quantile(content.map(({ slide }) => slide.shown.characters), 0.9) },
    cut: content.flatMap(({ slide, no }) => slide.shown.cut.map(text => ({ no, text }))),
    repeatedCharts: content.filter(({ slide, index }) => slide.chart && repeats(slide, index, slides)).map(({ no }) => no),
    thin: content.filter(({ slide }) => !slide.chart && !slide.shown.images && slide.shown.characters < thinLimit).map(({ no }) => no),
    overflow: numbered.filter(({ slide }) => slide.overflow).map(({ no }) => no),
    perSlide: content.map(({ slide, no }) => ({ no, characters: slide.shown.characters, seconds: slide.seconds })),
  }
}

/** The summary as lines for the terminal. */
export function statsLines(stats: TalkStats): string[] {
  const list = (nos: number[]): string => nos.length ? ` (slides ${nos.slice(0, 12).join(', ')}${nos.length > 12 ? ', …' : ''})` : ''
  return [
    `slides: ${stats.slides} (${stats.contentSlides} content), ${stats.minutes} min of notes`,
    `seconds per content slide: median ${stats.secondsPerSlide}`,
    `shown/said: ${Math.round(stats.shownSaid * 100)}% of the characters the notes say are on the slides`,
    `visible characters per content slide: median ${stats.visible.median}, p90 ${stats.visible.p90}`,
    `cut with "…": ${stats.cut.length}${stats.cut.length ? ` (${stats.cut.slice(0, 5).map(cut => `${cut.no}: ${cut.text}`).join('; ')})` : ''}`,
    `chart slides repeating a neighbour: ${stats.repeatedCharts.length}${list(stats.repeatedCharts)}`,
    `thin content slides (< ${thinLimit} characters): ${stats.thin.length}${list(stats.thin)}`,
    `overflowing slides: ${stats.overflow.length}${list(stats.overflow)}`,
  ]
}
