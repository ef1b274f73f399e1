// Wait until the print view is complete, instead of a fixed delay: every slide mounted
// (no "Loading slide"), charts drawn, images and fonts loaded, no request in flight, the
// markup unchanged over two reads and, after an edit, no hot update for a moment.
import type { Page } from 'playwright-core'
import type { PrintState } from './print-state.ts'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { readPrintState } from './print-state.ts'

/** What the print view must show. */
export interface PrintGoal {
  /** Slides of the deck, one printed page each. */
  slides: number
  /** Milliseconds since the last hot-update message, when updates are expected. */
  sinceUpdate?: () => number
}

// Vite fetches the modules of an update as soon as its message arrives; a view that has
// been steady this long after the last message has applied it.
const updateQuietMs = 200

/** True when `state` shows everything `goal` asks for (not yet whether it is steady). */
export function showsGoal(state: PrintState, goal: PrintGoal, inFlight: number): boolean {
  const complete = state.slides === goal.slides && !state.loading && !state.undrawn && !state.images && !state.fontsLoading && !state.waitFor && !inFlight
  return complete && (goal.sinceUpdate?.() ?? Infinity) >= updateQuietMs
}

/** One line on what is missing, for a timeout. */
export function missing(state: PrintState | undefined, goal: PrintGoal): string {
  if (!state)
    return 'the page never answered'
  const parts = [
    `${state.slides} of ${goal.slides} slides shown`,
    state.loading && `${state.loading} still loading`,
    state.undrawn && `${state.undrawn} charts not drawn`,
    state.images && `${state.images} images loading`,
    state.fontsLoading && 'fonts loading',
    state.waitFor && `${state.waitFor} elements not there`,
  ]
  return parts.filter(Boolean).join(', ')
}

/** Count the page's requests in flight (module fetches of a hot update, fonts …). */
export function trackRequests(page: Page): () => number {
  let count = 0
  page.on('request', () => count++)
  page.on('requestfinished', () => count--)
  page.on('requestfailed', () => count--)
  return () => Math.max(0, count)
}

/** Poll until `goal` is shown and steady; throws one line saying what is missing after `timeoutMs`. */
export async function waitForPrintView(page: Page, goal: PrintGoal, inFlight: () => number, timeoutMs: number): Promise<PrintState> {
  const deadline = performance.now() + timeoutMs
  let last: PrintState | undefined
  let steady: string | undefined
  // A closed page (its browser closed: dev or the watch is stopping) never gets there.
  while (performance.now() < deadline && !page.isClosed()) {
    // A reload (Vite re-optimizing, a full update) destroys the page's context: read again.
    const state = await page.evaluate(readPrintState).catch(() => undefined)
    if (state) {
      const ready = showsGoal(state, goal, inFlight())
      const key = ready ? state.stamps.join(',') : undefined
      if (ready && key === steady)
        return state
      steady = key
      last = state
    }
    await sleep(100)
  }
  if (page.isClosed())
    throw new Error('the print view was closed')
  throw new Error(`the print view was not complete after ${Math.round(timeoutMs / 1000)} s: ${missing(last, goal)}`)
}
