// The print view `talkdown dev` keeps open for exports: Slidev's print view of dev's own
// server in a headless Chromium, launched on the first export (and closed with dev), then
// kept current by Slidev's hot updates as `export --watch` keeps its own (re-export.ts), so
// a later export prints its missing slides without a browser start or a page load.
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { PrintRequest } from './print-endpoint.ts'
import type { PrintView } from './print-view.ts'
import { launchChromium } from '../browser/launch-chromium.ts'
import { openPrintView } from './print-view.ts'

/** A print view kept open for exports. */
export interface WarmPrint {
  /** Print `asked` once the view shows its slides (opening Chromium and the view first when needed); calls run one at a time. */
  print: (asked: PrintRequest) => Promise<Uint8Array>
  /** Close Chromium; later prints reject. */
  close: () => Promise<void>
}

/** The open view and what it showed when it last printed. */
interface Shown {
  view: PrintView
  asked: PrintRequest
  /** Hot updates the view had received by then. */
  seen: number
}

// An export only asks after the Slidev server serves its slides.md (server-state.ts), so
// Slidev's update is on its way or already in the page; one that does not come makes a reload.
const updateWaitMs = 3000

/** Keep a print view of the talk served at `url`; `say` gets the one line saying so when it opens. */
export function warmPrint(url: string, say: (line: string) => void): WarmPrint {
  let browser: Promise<LaunchedChromium> | undefined
  let shown: Shown | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false
  const open = async (asked: PrintRequest): Promise<PrintView> => {
    if (!browser) {
      say('talkdown: keeping a print view open for exports; it closes with dev')
      browser = launchChromium(true)
    }
    const { context } = await browser
    await shown?.view.page.close()
    shown = undefined
    return openPrintView(context, url, asked, asked.keys.length)
  }
  // The view, showing the slides of `asked`.
  const current = async (asked: PrintRequest): Promise<PrintView> => {
    if (!shown || shown.asked.width !== asked.width || shown.asked.height !== asked.height)
      return open(asked)
    const { view } = shown
    const slides = asked.keys.length
    const changed = asked.keys.join() !== shown.asked.keys.join()
    // Slidev's print view keeps the slide count it was loaded with.
    if (changed && (slides !== shown.asked.keys.length || !await view.hot.after(shown.seen, updateWaitMs, () => closed)))
      await view.reload(slides)
    else
      await view.settle({ slides, sinceUpdate: view.hot.since }, 60_000)
    return view
  }
  const print = async (asked: PrintRequest): Promise<Uint8Array> => {
    if (closed)
      throw new Error('dev is stopping')
    // Anything that went wrong with the kept view: once more on a new one.
    const view = await current(asked).catch(() => open(asked))
    shown = { view, asked, seen: view.hot.count() }
    return view.print(asked.ranges)
  }
  return {
    print: (asked) => {
      const run = queue.then(() => print(asked))
      queue = run.catch(() => {
        void shown?.view.page.close().catch(() => {})
        shown = undefined
      })
      return run
    },
    // Not after the queue: a print under way must not hold up Ctrl-C; it fails instead.
    close: async () => {
      closed = true
      await browser?.then(launched => launched.close(), () => {})
    },
  }
}
