// Measure every slide of a served talk in one page load: Slidev mounts all slides
// of the play view (hidden), so each is shown in turn and measured.

import type { BrowserContext, Page } from 'playwright-core'
import type { Overflow } from './measure-overflow.ts'
import { canvas } from '../pipeline/index.ts'
import { measureOverflow } from './measure-overflow.ts'

/** What does not fit on one slide. */
export interface SlideOverflow {
  /** Slide number, 1-based. */
  no: number
  /** Elements that stick out or are clipped, innermost first found. */
  overflows: Overflow[]
}

/**
 * Wait until every mermaid diagram on slide `no` is drawn (false after 30 s). Mermaid draws into its
 * host's shadow root when its render resolves, some time after the slide mounts on a busy machine:
 * a slide measured before looks empty.
 */
export async function diagramsDrawn(page: Page, no: number): Promise<boolean> {
  return page.waitForFunction(at => [...document.querySelectorAll(`.slidev-page[data-slidev-no="${at}"] .mermaid`)]
    .every(host => host.shadowRoot?.childNodes.length), no, { timeout: 30_000 }).then(() => true, () => false)
}

/** Open the talk at `url` and run `visit` for slides 1…`total` in turn; reports progress every 20 slides. */
export async function eachSlide(context: BrowserContext, url: string, total: number, say: (line: string) => void, visit: (page: Page, no: number) => Promise<void>): Promise<void> {
  const page = await context.newPage()
  try {
    await page.setViewportSize(canvas)
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, total, { timeout: 60_000 })
    const mounted = await page.locator('.slidev-page').count()
    if (mounted !== total)
      say(`  warning: the site has ${mounted} slides, the deck ${total}`)
    for (let no = 1; no <= total; no++) {
      if (!await diagramsDrawn(page, no))
        say(`  warning: a diagram on slide ${no} was not drawn within 30 s; the slide is measured as it is`)
      await visit(page, no)
      if (no % 20 === 0 || no === total)
        say(`  measured ${no}/${total} slides`)
    }
  }
  finally {
    await page.close()
  }
}

/** Measure slides 1…`total` of the talk at `url` for what does not fit. */
export async function measureTalk(context: BrowserContext, url: string, total: number, say: (line: string) => void): Promise<SlideOverflow[]> {
  const found: SlideOverflow[] = []
  await eachSlide(context, url, total, say, async (page, no) => {
    const overflows = await page.evaluate(measureOverflow, no)
    if (overflows.length)
      found.push({ no, overflows })
  })
  return found
}
