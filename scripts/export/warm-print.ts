// The print view `talkdown dev` keeps open for exports: Slidev's print view of dev's own
// server in a headless Chromium, launched on the first export (and closed with dev), then
// kept current by Slidev's hot updates as `export --watch` keeps its own (re-export.ts), so
// a later export prints its missing slides without a browser start or a page load.
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { PrintRequest } from './print-endpoint.ts'
import type { PrintView } from './print-view.ts'
import { readFile } from 'node:fs/promises'
import { launchChromium } from '../browser/launch-chromium.ts'
import { rangePages } from './merge-plan.ts'
import { openPrintView } from './print-view.ts'
import { servesDeck } from './server-state.ts'
import { deckPages } from './slide-keys.ts'

/** A print view kept open for exports: `print` once it shows the slides asked for (calls run one at a time); `close` closes Chromium. */
export interface WarmPrint { print: (asked: PrintRequest) => Promise<Uint8Array>, close: () => Promise<void> }

/** The open view of the whole deck and the deck it showed when it last printed. */
interface Shown {
  view: PrintView
  deck: Omit<PrintRequest, 'ranges'>
  /** Hot updates the view had received by then. */
  seen: number
}

// An export only asks after the Slidev server serves its slides.md (server-state.ts), so
// Slidev's update is on its way or already in the page; one that does not come makes a reload.
const updateWaitMs = 3000

// Bring the kept view to the slides of `asked`: Slidev's hot update, or a reload when the
// slide count changed (the view keeps the count it was loaded with) or no update came.
async function catchUp(last: Shown, asked: PrintRequest, stop: () => boolean): Promise<void> {
  const { view } = last
  const count = asked.keys.length
  const changed = asked.keys.join() !== last.deck.keys.join()
  if (changed && (count !== last.deck.keys.length || !await view.hot.after(last.seen, updateWaitMs, stop)))
    await view.reload(count)
  else
    await view.settle({ slides: count, sinceUpdate: view.hot.since }, 60_000)
}

/** Keep a print view of the talk at `url`, whose deck is the file `slides`; `say` gets the line saying so when it opens. */
export function warmPrint(url: string, slides: string, say: (line: string) => void): WarmPrint {
  let browser: Promise<LaunchedChromium> | undefined
  let shown: Shown | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false
  // A new page on the print view of all slides, or of those in `range`.
  const open = async (deck: Omit<PrintRequest, 'ranges'>, range?: string): Promise<PrintView> => {
    if (!browser) {
      say('talkdown: keeping a print view open for exports; it closes with dev')
      browser = launchChromium(true)
    }
    const { context } = await browser
    await shown?.view.page.close()
    shown = undefined
    return openPrintView(context, url, deck, range ? rangePages(range) : deck.keys.length, range)
  }
  // The whole deck as slides.md has it now, once the server serves that text.
  const openWhole = async (): Promise<void> => {
    const markdown = await readFile(slides, 'utf8')
    const deck = deckPages(markdown)
    if (!closed && await servesDeck(url, markdown)) {
      const view = await open(deck)
      shown = { view, deck, seen: view.hot.count() }
    }
  }
  const print = async (asked: PrintRequest): Promise<Uint8Array> => {
    if (closed)
      throw new Error('dev is stopping')
    if (!shown && asked.ranges) {
      // The session's first export: only its slides load (as quickly as in an export's own
      // browser); the whole deck then loads for the next one (below) while the presenter goes on.
      const view = await open(asked, asked.ranges)
      const pdf = await view.print()
      await view.page.close()
      return pdf
    }
    // Anything that went wrong with the kept view: once more on a new one.
    const last = shown
    const kept = last && last.deck.width === asked.width && last.deck.height === asked.height
    const view = kept ? await catchUp(last, asked, () => closed).then(() => last.view, () => open(asked)) : await open(asked)
    shown = { view, deck: asked, seen: view.hot.count() }
    return view.print(asked.ranges)
  }
  return {
    print: (asked) => {
      const run = queue.then(() => print(asked))
      const whole = (): Promise<void> | undefined => shown || closed ? undefined : openWhole().catch(() => {})
      queue = run.then(whole, () => {
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
