// Measure every slide of a served talk in one page load: Slidev mounts all slides
// of the play view (hidden), so each is shown in turn and measured.

import type { BrowserContext } from 'playwright-core'
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

/** Measure slides 1…`total` of the talk at `url`; reports progress every 20 slides. */
export async function measureTalk(context: BrowserContext, url: string, total: number, say: (line: string) => void): Promise<SlideOverflow[]> {
  const page = await context.newPage()
  try {
    await page.setViewportSize(canvas)
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, total, { timeout: 60_000 })
    const mounted = await page.locator('.slidev-page').count()
    if (mounted !== total)
      say(`  warning: the site has ${mounted} slides, the deck ${total}`)
    const found: SlideOverflow[] = []
    for (let no = 1; no <= total; no++) {
      const overflows = await page.evaluate(measureOverflow, no)
      if (overflows.length)
        found.push({ no, overflows })
      if (no % 20 === 0 || no === total)
        say(`  measured ${no}/${total} slides`)
    }
    return found
  }
  finally {
    await page.close()
  }
}
