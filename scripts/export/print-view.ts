// Slidev's print view (`/print?print=true`: every slide mounted, one per printed page) in
// a Chromium page, kept open so that later prints need no new page load.
import type { BrowserContext, Page } from 'playwright-core'
import type { HotUpdates } from './hot-updates.ts'
import type { PrintState } from './print-state.ts'
import type { PrintGoal } from './wait-print-view.ts'
import { trackHotUpdates } from './hot-updates.ts'
import { trackRequests, waitForPrintView } from './wait-print-view.ts'

/** An open print view. */
export interface PrintView {
  /** The page. */
  page: Page
  /** Hot updates the page received from Slidev. */
  hot: HotUpdates
  /** Wait until the view shows `goal` (after a load or an update). */
  settle: (goal: PrintGoal, timeoutMs?: number) => Promise<PrintState>
  /** Load the view again and wait for `slides` slides: Slidev's print view does not add or drop slides on a hot update. */
  reload: (slides: number) => Promise<void>
  /** Print every slide, one page each, to PDF bytes (tagged). */
  print: () => Promise<Uint8Array>
}

// Each slide ends with a page break; after the last one Chromium 156 starts an empty page
// (seen: 79 pages for 78 slides). Runs in the page, again after any reload.
function lastPageFix(): void {
  if (document.getElementById('td-last-page'))
    return
  const style = document.createElement('style')
  style.id = 'td-last-page'
  style.textContent = '#print-content > .print-slide-container:last-child { break-after: auto !important; }'
  document.head.append(style)
}

/** Open the print view of the talk served at `url`, `width`×`height` CSS pixels a slide, and wait until it shows all `slides` slides. */
export async function openPrintView(context: BrowserContext, url: string, size: { width: number, height: number }, slides: number): Promise<PrintView> {
  const page = await context.newPage()
  const inFlight = trackRequests(page)
  const hot = trackHotUpdates(page)
  // One slide's size: the print view scales slides to the window's width.
  await page.setViewportSize(size)
  // Slidev's own exporter prints with screen styles; print styles would differ from the talk.
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(`${url}/print?print=true`, { waitUntil: 'commit', timeout: 60_000 })
  const view: PrintView = {
    page,
    hot,
    settle: (goal, timeoutMs = 120_000) => waitForPrintView(page, goal, inFlight, timeoutMs),
    reload: async (slides) => {
      await page.reload({ waitUntil: 'commit', timeout: 60_000 })
      await view.settle({ slides })
    },
    // Slidev sets the page size (`@page`) to the slide's; Chromium keeps text as text, tagged
    // (headings, lists, figures) for screen readers. The outline comes from the deck (pdf-outline.ts).
    print: async () => {
      await page.evaluate(lastPageFix)
      return page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, tagged: true })
    },
  }
  await view.settle({ slides })
  return view
}
