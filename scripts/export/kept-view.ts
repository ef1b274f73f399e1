// A print view kept open that follows Slidev's hot updates, one module for `export --watch`
// (on its own Slidev server) and `talkdown dev` (on dev's server, printing for a `talkdown
// export` meanwhile). Each print shows slides.md as it is now and prints the whole deck, so
// every PDF keeps Chromium's tags. Slidev hot-updates the open page after each write of
// slides.md: a print waits until the server serves the new text, for its update to reach the
// page and the view to settle; it reloads when the slide count changed (the print view keeps
// the count it was loaded with) or no update came, and opens a new page when that fails.
import type { BrowserContext } from 'playwright-core'
import type { DeckPages } from './deck-pages.ts'
import type { PrintView } from './print-view.ts'
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseSync } from '@slidev/parser'
import { errorMessage } from '../io/cli-error.ts'
import { passed } from '../io/debug.ts'
import { deckPages } from './deck-pages.ts'
import { openPrintView } from './print-view.ts'

/** One print of the whole deck. */
export interface KeptPrint {
  /** As Chromium printed it (tagged; bookmarks and metadata come after: pdf-outline.ts). */
  pdf: Uint8Array
  deck: DeckPages
}

/** A print view kept open. */
export interface KeptView {
  /** Print the whole deck as slides.md has it now, one print at a time; rejects (one line) when the server or the view cannot show it. */
  print: () => Promise<KeptPrint>
  /** Load the view now if it is not open, ahead of the first print (failures are let pass: the print tries again). */
  open: () => void
  /** Close the page (the browser is the caller's). */
  close: () => Promise<void>
}

/** The open view, the text of slides.md it last showed, and the hot updates it had received by then. */
interface Shown { view: PrintView, markdown: string, deck: DeckPages, seen: number }

// Vite's watcher sees a write of slides.md within tens of milliseconds; 5 s covers a loaded
// machine. Once the server serves the text, its update is on its way or already in the page.
// A server that has not served a view yet may take far longer to answer at all (seen: more
// than 2 s a request at load 15, Vite still starting).
const servedWaitMs = { warm: 5000, fresh: 60_000 }
const updateWaitMs = 3000

/** Whether the Slidev server at `url` has each slide of `markdown` as its own copy (`/__slidev/slides/<no>.json`); rejects when it does not answer within `timeoutMs`. */
export async function servesDeck(url: string, markdown: string, timeoutMs = 2000): Promise<boolean> {
  const slides = parseSync(markdown, 'slides.md').slides
  const answers = await Promise.all([...slides, undefined].map(async (_slide, index) => {
    const response = await fetch(`${url}/__slidev/slides/${index + 1}.json`, { signal: AbortSignal.timeout(timeoutMs) })
    return response.ok ? (await response.json() as { content?: string }).content?.trim() : undefined
  }))
  return answers.every((content, index) => content === slides[index]?.content.trim())
}

// Wait until the server serves `markdown`; `fresh`: it has not served a view yet.
async function served(url: string, markdown: string, fresh: boolean, stop: () => boolean): Promise<void> {
  const waitMs = fresh ? servedWaitMs.fresh : servedWaitMs.warm
  let why = 'it served other slides'
  for (const end = Date.now() + waitMs; ; await sleep(100)) {
    const same = await servesDeck(url, markdown, fresh ? 10_000 : 2000).catch((error: unknown) => void (why = errorMessage(error)))
    if (same)
      return
    if (Date.now() > end || stop())
      throw new Error(`the Slidev server did not serve slides.md as written within ${waitMs / 1000} s (${why})`)
  }
}

// Bring the open view to `markdown`: Slidev's update arrived and settled, or a reload.
async function catchUp(last: Shown, markdown: string, deck: DeckPages, stop: () => boolean): Promise<void> {
  const { view } = last
  const changed = markdown !== last.markdown
  if (changed && (deck.count !== last.deck.count || !await view.hot.after(last.seen, updateWaitMs, stop)))
    await view.reload(deck.count)
  else
    await view.settle({ slides: deck.count, sinceUpdate: view.hot.since }, 60_000)
}

/** Keep a print view of the talk Slidev serves at `url` from the file `slides`; `stop()` true ends waits early (the server needs a restart, or is stopping). */
export function keepPrintView(context: () => Promise<BrowserContext>, url: string, slides: string, stop: () => boolean = () => false): KeptView {
  let shown: Shown | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const drop = async (): Promise<void> => {
    const old = shown
    shown = undefined
    await old?.view.page.close().catch((error: unknown) => passed('closing the print view', error))
  }
  // The view, showing slides.md as it is now.
  const current = async (): Promise<Shown> => {
    const markdown = await readFile(slides, 'utf8')
    const deck = deckPages(markdown)
    const last = shown
    await served(url, markdown, !last, stop)
    const kept = last && last.deck.width === deck.width && last.deck.height === deck.height
      && await catchUp(last, markdown, deck, stop).then(() => true, (error: unknown) => passed('bringing the kept print view up to date', error) ?? false)
    if (!kept)
      await drop()
    const view = kept ? last.view : await openPrintView(await context(), url, deck, deck.count)
    shown = { view, markdown, deck, seen: view.hot.count() }
    return shown
  }
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task).catch(async (error: unknown) => {
      await drop()
      throw error
    })
    queue = run.catch(() => {})
    return run
  }
  return {
    print: () => queued(async () => {
      const { view, deck } = await current()
      return { pdf: await view.print(), deck }
    }),
    // Only a view not open yet: catching up an open one while the export generates would compete with it for the CPU.
    open: () => {
      if (!shown)
        void queued(current).catch((error: unknown) => passed('opening the print view', error))
    },
    close: drop,
  }
}
