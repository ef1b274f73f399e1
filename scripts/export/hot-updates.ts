// Vite's hot-update messages to the page, seen on its WebSocket: after slides.md changes,
// the exporter waits for Slidev's update to arrive before it judges the view settled.
import type { Page } from 'playwright-core'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

/** The hot updates a page received. */
export interface HotUpdates {
  /** Messages so far. */
  count: () => number
  /** Milliseconds since the last one (Infinity before the first). */
  since: () => number
  /** Resolves true once more than `seen` messages arrived; false after `timeoutMs`, or as soon as `stop()` says so. */
  after: (seen: number, timeoutMs: number, stop?: () => boolean) => Promise<boolean>
}

// Updates, reloads and Slidev's own events (slide and note updates); not pings or `connected`.
const updateMessage = /^\{"type":"(?:update|full-reload|custom)"/u

/** Count the hot-update messages `page` receives from now on. */
export function trackHotUpdates(page: Page): HotUpdates {
  let count = 0
  let last = -Infinity
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string' && updateMessage.test(payload)) {
        count++
        last = performance.now()
      }
    })
  })
  return {
    count: () => count,
    since: () => performance.now() - last,
    after: async (seen, timeoutMs, stop) => {
      for (const end = performance.now() + timeoutMs; performance.now() < end && !stop?.(); await sleep(20)) {
        if (count > seen)
          return true
      }
      return false
    },
  }
}
