// The seed's deck as the generator plans it, and text helpers for comparing it with
// what the browser, pdftotext or a PPTX shows.
import type { Deck, Slide } from '../../scripts/pipeline/index.ts'
import { toString } from 'mdast-util-to-string'
import { generateFromDisk } from '../../scripts/io/build.ts'

/** The deck `npm run slides` makes from content/review.md. */
export async function seedDeck(): Promise<Deck> {
  const result = await generateFromDisk({ article: 'content/review.md', output: 'slides.md', force: false })
  if (!result.deck)
    throw new Error('Cannot plan the seed deck, expected content/review.md to build')
  return result.deck
}

/** `text` without any whitespace, so line breaks a renderer adds do not matter. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Only the letters and digits of `text`: Markdown marks and escapes (as in PPTX notes) do not matter. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '')
}

/** The start of a slide's notes (first 12 letters or digits), to find them in rendered text. */
export function notesStart(slide: Slide): string {
  return letters(slide.notes.map(block => toString(block)).join(' ')).slice(0, 12)
}

// Figures and dates must appear whole; labels may be cut with "…" to fit, so their start must.
/** Texts of a slide's chart that any rendering must show (figures, dates, label starts). */
export function chartTexts(slide: Slide): string[] {
  const chart = slide.chart
  if (!chart)
    return []
  const start = (label: string): string => [...label].slice(0, 5).join('')
  const byType: Record<string, () => string[]> = {
    bar: () => chart.type === 'bar' ? chart.items.flatMap(item => [item.display, start(item.label)]) : [],
    stat: () => chart.type === 'stat' ? chart.items.map(item => item.display) : [],
    timeline: () => chart.type === 'timeline' ? chart.events.map(event => event.display) : [],
    ranking: () => chart.type === 'ranking' ? chart.items.map(item => start(item.label)) : [],
    growth: () => chart.type === 'growth' ? [chart.display] : [],
    glossary: () => chart.type === 'glossary' ? chart.items.map(item => start(item.term)) : [],
  }
  return (byType[chart.type]?.() ?? []).filter(Boolean)
}
