// Pictures of the talk's drawn diagrams for the native PPTX. Mermaid lays its text out with
// the DOM, so a diagram is drawn only in a browser: the talk is built with Slidev (the same
// mermaid, settings and bundled fonts as the PDF), its print view opened in Chromium, and
// each diagram's SVG photographed as a PNG at twice the canvas's resolution. Offline: the
// built talk is served on 127.0.0.1 and Chromium starts with its quiet flags.
import type { Page } from 'playwright-core'
import type { Deck } from '../../pipeline/index.ts'
import type { ExportRig } from '../export-rig.ts'
import type { DiagramPicture, DiagramPictures } from './diagram-label.ts'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { VFile } from 'vfile'
import { errorMessage } from '../../io/cli-error.ts'
import { formatMessage } from '../../io/report.ts'
import { openBuiltView } from '../export-pdf.ts'
import { startRig } from '../export-rig.ts'
import { isPicturedDiagram } from './diagram-label.ts'

/** How many diagrams the talk draws on each slide of `deck` (its top-level mermaid blocks). */
export function diagramsPerSlide(deck: Deck): number[] {
  return deck.slides.map(slide => slide.body.filter(isPicturedDiagram).length)
}

// The PNG's pixels per CSS pixel: at 1× the canvas's 980 pixels span the whole 13.3-inch
// slide (74 dpi), coarse for a diagram that a projector blows up.
const pixelRatio = 2
// How long mermaid may take to draw every diagram once the print view has settled.
const drawTimeoutMs = 60_000

// Runs in the page: for each slide container, its mermaid hosts' state (drawn into their
// shadow root, and whether what was drawn is talkdown's placeholder, setup/mermaid-fit.ts).
function readDiagrams(): { svg: boolean, placeholder: boolean }[][] {
  return [...document.querySelectorAll('#print-content .print-slide-container')].map(container =>
    [...container.querySelectorAll('.mermaid')].map((host) => {
      const svg = host.shadowRoot?.querySelector('svg')
      return { svg: Boolean(svg), placeholder: Boolean(svg?.classList.contains('td-diagram-placeholder')) }
    }))
}

async function drawnState(page: Page, expected: number[]): Promise<{ svg: boolean, placeholder: boolean }[][]> {
  const deadline = performance.now() + drawTimeoutMs
  for (;;) {
    const state = await page.evaluate(readDiagrams)
    const complete = expected.every((count, index) => state[index]?.length === count && state[index].every(diagram => diagram.svg))
    if (complete || performance.now() > deadline)
      return state
    await sleep(100)
  }
}

/** Photograph the diagrams of the open print view `page`; `expected` is how many each slide has. A slide whose diagrams are not all there gets none. */
export async function photographDiagrams(page: Page, expected: number[]): Promise<DiagramPictures> {
  const viewport = page.viewportSize()
  // A higher device scale factor changes no layout, only the screenshot's pixels.
  const session = await page.context().newCDPSession(page)
  if (viewport)
    await session.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: pixelRatio, mobile: false })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const state = await drawnState(page, expected)
  const containers = page.locator('#print-content .print-slide-container')
  const pictures: DiagramPictures = []
  for (const [index, count] of expected.entries()) {
    const found = state[index] ?? []
    if (!count || found.length !== count || !found.every(diagram => diagram.svg)) {
      pictures.push([])
      continue
    }
    const slide: DiagramPicture[] = []
    for (const [at, diagram] of found.entries()) {
      // CSS selectors pierce open shadow roots: the host's first SVG is the diagram.
      const svg = containers.nth(index).locator('.mermaid').nth(at).locator('svg').first()
      const box = await svg.boundingBox()
      if (!box || !box.width || !box.height)
        break
      const png = await svg.screenshot({ scale: 'device', animations: 'disabled' })
      slide.push({ png, width: box.width, height: box.height, drawn: !diagram.placeholder })
    }
    pictures.push(slide.length === count ? slide : [])
  }
  await session.detach()
  return pictures
}

/** Build the talk in `slides` (the deck's Slidev Markdown) with Slidev and photograph its diagrams, through `rig`. */
export async function diagramPictures(rig: ExportRig, slides: string, deck: Deck, say: (line: string) => void): Promise<DiagramPictures> {
  const expected = diagramsPerSlide(deck)
  const { view, deck: pages } = await openBuiltView(rig, slides, say)
  try {
    // The print view has a container per shown slide; they line up with the deck's slides.
    if (pages.count !== deck.slides.length)
      throw new Error(`Cannot match the talk's ${pages.count} printed slides to the deck's ${deck.slides.length}, expected as many`)
    return await photographDiagrams(view.page, expected)
  }
  finally {
    await view.page.close()
  }
}

// A diagram mermaid could not parse, as a warning at its fence in the article: the slide's
// copy of it has no position, the notes' (the article's own block) does.
function notDrawn(deck: Deck, pictures: DiagramPictures, article: string): string[] {
  const file = new VFile({ path: article })
  return deck.slides.flatMap((slide, index) => {
    const diagrams = slide.body.filter(isPicturedDiagram)
    return (pictures[index] ?? []).flatMap((picture, at) => {
      if (picture.drawn)
        return []
      const value = diagrams[at]?.value
      const place = slide.notes.find(block => block.type === 'code' && block.value === value)?.position
      const reason = `Mermaid could not draw the diagram on slide ${index + 1} (“${slide.title}”); the talk and the PPTX show a placeholder`
      return [formatMessage(file, file.message(reason, { place, ruleId: 'diagram-not-drawn', source: 'talkdown' }))]
    })
  })
}

/**
 * The pictures of `deck`'s diagrams for the PPTX: none (and no browser) when it has none.
 * Anything that stops them (no Chromium, a failed Slidev build) is said in one line and the
 * PPTX shows a label per diagram; a diagram mermaid cannot parse is warned about at its place in `article`.
 */
export async function takeDiagramPictures(deck: Deck, slides: string, article: string, say: (line: string) => void): Promise<DiagramPictures> {
  const count = diagramsPerSlide(deck).reduce((sum, n) => sum + n, 0)
  if (!count)
    return []
  say(`Drawing ${count} diagram${count === 1 ? '' : 's'} in the built talk for the PPTX …`)
  const rig = startRig()
  try {
    const pictures = await diagramPictures(rig, slides, deck, say)
    notDrawn(deck, pictures, article).forEach(say)
    return pictures
  }
  catch (error) {
    say(`talkdown: Cannot draw the diagrams for the PPTX (${errorMessage(error)}); each shows a label instead`)
    return []
  }
  finally {
    await rig.close()
  }
}
