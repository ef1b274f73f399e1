// One key per printed page of a Slidev deck, from the text of slides.md: a page whose
// key is unchanged since the last export looks the same, so its PDF page can be reused.
import { parseAspectRatio, parseSync } from '@slidev/parser'
import { canvas, digest } from '../pipeline/index.ts'

/** What the exporter needs to know of a deck. */
export interface DeckPages {
  /** One key per printed page (hidden slides are not printed), in order. */
  keys: string[]
  /** Canvas size in CSS pixels (the PDF page size). */
  width: number
  height: number
  /** Output name without extension (`exportFilename`, default `talk`). */
  exportFilename: string
  /** PDF metadata from the headmatter. */
  title?: string
  subject?: string
  author?: string
}

// A slide that shows its number, the slide count or other slides' titles depends on more
// than its own text; such a slide gets a key that changes with any slide of the deck.
const dependsOnDeck = /\$(?:page|nav|slidev|renderContext)\b|<(?:SlideCurrentNo|SlidesTotal|Toc|Titles)\b/u

function hash(value: unknown): string {
  return digest(JSON.stringify(value), 'base64url', 22)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}

/** Keys and page size of the deck in `markdown` (Slidev Markdown). Notes are left out: they are not printed. */
export function deckPages(markdown: string): DeckPages {
  const slides = parseSync(markdown, 'slides.md').slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  // The first slide's frontmatter is the deck's headmatter (theme, fonts, canvas): it touches every page.
  const head: Record<string, unknown> = slides[0]?.frontmatter ?? {}
  const own = slides.map(slide => [slide.frontmatter, slide.content.trim()])
  const whole = hash([head, own])
  const keys = own.map((slide, index) => dependsOnDeck.test(JSON.stringify(slide)) ? hash([whole, index]) : hash([head, slide]))
  const width = typeof head.canvasWidth === 'number' ? head.canvasWidth : canvas.width
  const ratio = parseAspectRatio(typeof head.aspectRatio === 'string' || typeof head.aspectRatio === 'number' ? head.aspectRatio : '16/9')
  return { keys, width, height: Math.ceil(width / ratio), exportFilename: text(head.exportFilename) ?? 'talk', title: text(head.title), subject: text(head.info), author: text(head.author) }
}
