// The handout PDF: Chromium prints the notes pages (handout-html.ts, tagged), then pdf-lib
// draws each page of the exported slide PDF into the box at the top of its notes
// page, so slides stay vector and their text stays selectable; bookmarks as in talk.pdf.
import type { PDFPage } from 'pdf-lib'
import type { Deck } from '../pipeline/index.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { PDFDocument, popGraphicsState, pushGraphicsState, rgb } from 'pdf-lib'
import { addOutline, pdfExtras } from '../export/pdf-outline.ts'
import { handoutHtml, handoutPage } from '../pipeline/index.ts'
import { launchChromium } from './launch-chromium.ts'
import { serveStatic } from './serve-static.ts'

const millimetre = 72 / 25.4

// Long notes are set smaller until they fit their page, but never below 7.5 pt.
function fitNotes(): number {
  let clipped = 0
  for (const notes of document.querySelectorAll<HTMLElement>('.notes')) {
    for (let size = 11; notes.scrollHeight > notes.clientHeight && size > 7.5; size -= 0.5)
      notes.style.fontSize = `${size - 0.5}pt`
    if (notes.scrollHeight > notes.clientHeight)
      clipped++
  }
  return clipped
}

async function printNotes(deck: Deck, say: (line: string) => void): Promise<Uint8Array> {
  // The notes' font (handout-html.ts): Noto Sans JP for a Japanese deck, else Noto Sans SC.
  const fonts = dirname(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-${deck.lang === 'ja' ? 'jp' : 'sc'}/400.css`))
  const browser = await launchChromium()
  const server = await serveStatic(fonts)
  try {
    const page = await browser.context.newPage()
    await page.route(`${server.url}/handout.html`, route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: handoutHtml(deck, ['/400.css', '/700.css']) }))
    await page.goto(`${server.url}/handout.html`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const clipped = await page.evaluate(fitNotes)
    if (clipped)
      say(`  warning: the notes of ${clipped} slides do not fit one handout page even at 7.5 pt; they are cut`)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

// Chromium's page content leaves its transform in place: wrapped in q … Q, what is drawn
// after it (the slide) is placed in the page's own coordinates.
function isolateContent(document: PDFDocument, page: PDFPage): void {
  page.node.normalize()
  const start = document.context.register(document.context.contentStream([pushGraphicsState()]))
  const end = document.context.register(document.context.contentStream([popGraphicsState()]))
  page.node.wrapContentStreams(start, end)
}

/** Write `output`: one page per slide of `deck`, the slide from `slidesPdf` above its notes. False (after saying why) on failure. */
export async function makeHandout(deck: Deck, slidesPdf: string, output: string, say: (line: string) => void): Promise<boolean> {
  const notesBytes = await printNotes(deck, say)
  // The notes pages are the handout: Chromium tagged them (structure tree, language), and
  // drawing the slides onto them keeps that, where a fresh document would drop it.
  const handout = await PDFDocument.load(notesBytes)
  const slides = await PDFDocument.load(await readFile(slidesPdf))
  if (handout.getPageCount() !== deck.slides.length || slides.getPageCount() !== deck.slides.length) {
    say(`Cannot make the handout: ${deck.slides.length} slides, but ${slides.getPageCount()} slide pages and ${handout.getPageCount()} notes pages`)
    return false
  }
  const slidePages = await handout.embedPdf(slides, slides.getPageIndices())
  const { margin, height, slideWidth, slideHeight } = handoutPage
  handout.getPages().forEach((page, index) => {
    isolateContent(handout, page)
    const box = { x: margin * millimetre, y: (height - margin - slideHeight) * millimetre, width: slideWidth * millimetre, height: slideHeight * millimetre }
    page.drawPage(slidePages[index]!, box)
    page.drawRectangle({ ...box, borderColor: rgb(0.82, 0.84, 0.86), borderWidth: 0.8 })
  })
  addOutline(handout, pdfExtras(deck))
  handout.setTitle(deck.title)
  handout.setSubject(deck.subtitle ?? deck.title)
  if (deck.author)
    handout.setAuthor(deck.author)
  await writeFile(output, await handout.save())
  return true
}
