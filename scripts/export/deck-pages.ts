// What the exporter reads of a Slidev deck from the text of slides.md: how many pages it
// prints, their size, the output name and the PDF's metadata (as `slidev export` sets them).
import { parseAspectRatio, parseSync } from '@slidev/parser'
import { canvas } from '../pipeline/index.ts'

/** What the exporter needs to know of a deck. */
export interface DeckPages {
  /** Printed pages: one per slide, hidden slides left out. */
  count: number
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

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}

/** Pages, size and metadata of the deck in `markdown` (Slidev Markdown). */
export function deckPages(markdown: string): DeckPages {
  const slides = parseSync(markdown, 'slides.md').slides
  // The first slide's frontmatter is the deck's headmatter (theme, fonts, canvas).
  const head: Record<string, unknown> = slides[0]?.frontmatter ?? {}
  const width = typeof head.canvasWidth === 'number' ? head.canvasWidth : canvas.width
  const ratio = parseAspectRatio(typeof head.aspectRatio === 'string' || typeof head.aspectRatio === 'number' ? head.aspectRatio : '16/9')
  const count = slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled).length
  return { count, width, height: Math.ceil(width / ratio), exportFilename: text(head.exportFilename) ?? 'talk', title: text(head.title), subject: text(head.info), author: text(head.author) }
}
