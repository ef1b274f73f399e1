// axe-core in Chromium on every slide of a built talk: the serious and critical
// violations of each slide (WCAG 2 A and AA rules, colour contrast included), and chart
// text under 4.5:1 (chart-contrast.ts: axe does not judge SVG text).
import type { BrowserContext } from 'playwright-core'
import { createRequire } from 'node:module'
import { lowContrastChartText } from './chart-contrast.ts'

/** One violation on one slide. */
export interface SlideViolation {
  /** 1-based slide number. */
  slide: number
  /** axe rule id, e.g. `color-contrast`. */
  rule: string
  /** `serious` or `critical`. */
  impact: string
  /** Selectors of the offending elements (first few). */
  targets: string[]
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeResult { violations: { id: string, impact?: string | null, nodes: { target: unknown[] }[] }[] }

/** Run axe on slides 1…`count` of the talk at `url`, with the browser in `scheme`. */
export async function axeSlides(context: BrowserContext, url: string, count: number, scheme: 'light' | 'dark'): Promise<SlideViolation[]> {
  const page = await context.newPage()
  await page.emulateMedia({ colorScheme: scheme })
  const found: SlideViolation[] = []
  try {
    for (let slide = 1; slide <= count; slide++) {
      await page.goto(`${url}/${slide}`, { waitUntil: 'load' })
      await page.waitForSelector(`.slidev-page-${slide} .slidev-layout`, { timeout: 20_000 })
      // Slides fade in (transition: fade); contrast is measured on what is finally shown.
      await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'), undefined, { timeout: 10_000 })
      await page.evaluate(() => document.fonts.ready)
      await page.addScriptTag({ path: axePath })
      const result = await page.evaluate(async (selector) => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe
        return axe.run({ include: [selector] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
      }, `.slidev-page-${slide}`)
      for (const text of await page.evaluate(lowContrastChartText, { slide, minimum: 4.5 }))
        found.push({ slide, rule: 'chart-text-contrast', impact: 'serious', targets: [text] })
      for (const violation of result.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical')
          found.push({ slide, rule: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map(node => node.target.join(' ')) })
      }
    }
  }
  finally {
    await page.close()
  }
  return found
}
