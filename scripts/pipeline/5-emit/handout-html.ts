// The handout's notes pages as one HTML document: an A4 page per slide, with an empty
// box on top where the export stage draws the slide itself (vector, from the PDF) and
// the slide's speaker notes below. Notes go through the same HTML-as-text step as in
// slides.md, so article HTML never runs here either.

import type { Root } from 'mdast'
import type { Deck } from '../model/deck.ts'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { htmlAsText } from '../inert/sanitize-html.ts'
import { canvas } from '../shared/canvas.ts'
import { langTags } from '../text/article-lang.ts'
import { plainTitle } from '../text/title-math.ts'

/** Page geometry in millimetres, shared with the step that draws the slides in. */
export const handoutPage = { width: 210, height: 297, margin: 15, slideWidth: 180, slideHeight: 180 * canvas.height / canvas.width } as const

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Japanese notes in Noto Sans SC would show Chinese forms of shared Han characters (make-handout.ts brings the font).
const noteFont = { zh: 'Noto Sans SC', en: 'Noto Sans SC', ja: 'Noto Sans JP' }

function style(font: string): string {
  return `
@page { size: ${handoutPage.width}mm ${handoutPage.height}mm; margin: 0 }
body { margin: 0; font-family: '${font}', sans-serif; color: #111827 }
.page { width: ${handoutPage.width}mm; height: ${handoutPage.height}mm; padding: ${handoutPage.margin}mm; box-sizing: border-box; display: flex; flex-direction: column; break-after: page; overflow: hidden }
.slide { flex: none; height: ${handoutPage.slideHeight}mm }
.head { margin: 6mm 0 2mm; font-size: 9pt; color: #6b7280 }
.notes { flex: 1; min-height: 0; overflow: hidden; font-size: 11pt; line-height: 1.5 }
.notes p, .notes ul, .notes ol, .notes blockquote, .notes pre { margin: 0 0 0.6em }
.notes pre { white-space: pre-wrap; font-size: 0.85em }
.notes table { border-collapse: collapse; font-size: 0.85em }
.notes td, .notes th { border: 0.2mm solid #d1d5db; padding: 0.5mm 1.5mm }
`
}

/** The handout document for `deck`; `fontCss` are stylesheet URLs that bring the deck's font. */
export function handoutHtml(deck: Deck, fontCss: string[]): string {
  const pages = deck.slides.map((slide, index) => {
    const notes = toHtml(toHast({ type: 'root', children: htmlAsText(slide.notes) } as Root))
    return `<section class="page"><div class="slide"></div><div class="head">${index + 1} / ${deck.slides.length} · ${escape(plainTitle(slide.title))}</div><div class="notes">${notes}</div></section>`
  })
  const links = fontCss.map(href => `<link rel="stylesheet" href="${href}">`).join('')
  return `<!doctype html><html lang="${langTags[deck.lang]}"><head><meta charset="utf-8"><title>${escape(plainTitle(deck.title))}</title>${links}<style>${style(noteFont[deck.lang])}</style></head><body>${pages.join('')}</body></html>`
}
