// The Marp peer for row 3: our deck rewritten as a Marp deck with the same slides
// and text (each slide's title and body, no notes, no charts), so both exporters
// print the same number of pages with the same words.
import type { Root } from 'mdast'
import type { Deck, Slide } from '../scripts/pipeline/index.ts'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'

function slideText(slide: Slide): string {
  const body: Root = { type: 'root', children: slide.body }
  const text = slide.body.length ? toMarkdown(body, { extensions: [gfmToMarkdown()] }).trim() : ''
  // `---` inside a body would split the Marp slide; the deck separator is the only one.
  // The cover's body already carries the title as a heading; everything else gets it as `##`.
  const title = slide.body.some(node => node.type === 'heading') ? '' : `## ${slide.title.replaceAll('\n', ' ')}`
  return [title, text.replace(/^-{3,}$/gmu, '***')].filter(Boolean).join('\n\n')
}

/** Marp Markdown for `deck`: one Marp slide per slide, in order. */
export function marpDeck(deck: Deck): string {
  const head = ['---', 'marp: true', 'theme: default', 'size: 16:9', `lang: ${deck.lang}`, '---', ''].join('\n')
  return `${head}\n${deck.slides.map(slideText).join('\n\n---\n\n')}\n`
}
