// The print view `talkdown dev` keeps open for exports: Slidev's print view of dev's own
// server in a headless Chromium, launched on the first export (and closed with dev). That
// export loads only its slides; the whole deck's view then loads and is kept current by
// Slidev's hot updates (kept-view.ts), so a later export needs no browser start or page load.
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { Shown } from './kept-view.ts'
import type { PrintRequest, Prints } from './print-endpoint.ts'
import type { PrintView } from './print-view.ts'
import { readFile } from 'node:fs/promises'
import { launchChromium } from '../browser/launch-chromium.ts'
import { catchUp } from './kept-view.ts'
import { rangePages } from './merge-plan.ts'
import { openPrintView } from './print-view.ts'
import { servesDeck } from './server-state.ts'
import { deckPages } from './slide-keys.ts'

/** A print view kept open for exports: `print` once it shows the slides asked for; `start` Chromium ahead; `close` it. */
export interface WarmPrint extends Prints { close: () => Promise<void> }

/** Dev's server and deck file; Chromium; the whole deck's view once loaded, or while it loads; its prints, one at a time. */
interface Warm { url: string, slides: string, say: (line: string) => void, browser?: Promise<LaunchedChromium>, shown?: Shown, loading?: Promise<void>, queue: Promise<unknown>, closed: boolean }

function browser(warm: Warm): Promise<LaunchedChromium> {
  if (!warm.browser) {
    warm.say('talkdown: keeping a print view open for exports; it closes with dev')
    warm.browser = launchChromium(true)
    warm.browser.catch(() => {})
  }
  return warm.browser
}

// A new page on the print view of all slides of `deck`, or of those in `range`.
async function newPage(warm: Warm, deck: Shown['deck'], range?: string): Promise<PrintView> {
  return openPrintView((await browser(warm)).context, warm.url, deck, range ? rangePages(range) : deck.keys.length, range)
}

// Close the whole deck's view (it failed, or gives way to a new one).
async function drop(warm: Warm): Promise<void> {
  const old = warm.shown
  warm.shown = undefined
  await old?.view.page.close().catch(() => {})
}

// Load the whole deck's view as slides.md has it now, once the server serves that text.
function loadWhole(warm: Warm): void {
  if (warm.shown || warm.loading || warm.closed)
    return
  warm.loading = (async () => {
    const markdown = await readFile(warm.slides, 'utf8')
    const deck = deckPages(markdown)
    if (!await servesDeck(warm.url, markdown))
      return
    const view = await newPage(warm, deck)
    warm.shown = { view, deck, seen: view.hot.count() }
  })().catch(() => {}).finally(() => (warm.loading = undefined))
}

// Until the whole deck's view is loaded, each export gets a page of only its slides (not
// waiting for that load); the first one then starts it.
async function printRange(warm: Warm, asked: PrintRequest & { ranges: string }): Promise<Uint8Array> {
  const view = await newPage(warm, asked, asked.ranges)
  try {
    return await view.print()
  }
  finally {
    await view.page.close()
    loadWhole(warm)
  }
}

async function printKept(warm: Warm, asked: PrintRequest): Promise<Uint8Array> {
  await warm.loading
  const last = warm.shown
  const kept = last && last.deck.width === asked.width && last.deck.height === asked.height
  // Anything that went wrong with the kept view: once more on a new one.
  const view = kept ? await catchUp(last, asked, () => warm.closed).then(() => last.view, () => undefined) : undefined
  if (!view)
    await drop(warm)
  const printing = view ?? await newPage(warm, asked)
  warm.shown = { view: printing, deck: asked, seen: printing.hot.count() }
  return printing.print(asked.ranges)
}

/** Keep a print view of the talk at `url`, whose deck is the file `slides`; `say` gets the line saying so when it opens. */
export function warmPrint(url: string, slides: string, say: (line: string) => void): WarmPrint {
  const warm: Warm = { url, slides, say, queue: Promise.resolve(), closed: false }
  const print = (asked: PrintRequest): Promise<Uint8Array> => {
    if (warm.closed)
      return Promise.reject(new Error('dev is stopping'))
    if (!warm.shown && asked.ranges)
      return printRange(warm, { ...asked, ranges: asked.ranges })
    const run = warm.queue.then(() => printKept(warm, asked))
    warm.queue = run.catch(() => drop(warm))
    return run
  }
  // Not after the queue: a print under way must not hold up Ctrl-C; it fails instead.
  const close = async (): Promise<void> => {
    warm.closed = true
    await warm.browser?.then(launched => launched.close(), () => {})
  }
  const start = (): string => {
    if (!warm.closed)
      void browser(warm)
    return warm.closed ? 'dev is stopping' : 'started'
  }
  return { print, start, close }
}
