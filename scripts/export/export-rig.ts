// What a PDF export runs on: the Slidev process and a Chromium, started together (and
// before the deck is built), and the first print of a deck through them.
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { ExportServer } from './export-server.ts'
import type { PdfExtras } from './pdf-outline.ts'
import type { PrintView } from './print-view.ts'
import type { DeckPages } from './slide-keys.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { launchChromium } from '../browser/launch-chromium.ts'
import { serveStatic } from '../browser/serve-static.ts'
import { count } from '../io/summary.ts'
import { startExportServer } from './export-server.ts'
import { mergePdf } from './merge-pdf.ts'
import { mergePlan } from './merge-plan.ts'
import { openPrintView } from './print-view.ts'
import { deckPages } from './slide-keys.ts'

/** A Slidev process and a browser. */
export interface ExportRig {
  server: ExportServer
  /** Rejects with a CLIError (exit code 3) when no Chromium is installed. */
  browser: Promise<LaunchedChromium>
  /** Run `task` when the rig closes (static server, temporary site). */
  onClose: (task: () => Promise<void>) => void
  /** Stop everything. */
  close: () => Promise<void>
}

/** A deck printed once, with its print view still open for later prints. */
export interface PrintedDeck {
  view: PrintView
  deck: DeckPages
  /** The whole PDF. */
  pdf: Uint8Array
}

/** Which parts of a rig start at once (the rest when first asked for). */
export interface EagerParts {
  server: boolean
  browser: boolean
}

/**
 * Start the Slidev process and Chromium; both load while the caller builds the deck.
 * `ownSignals`: see launchChromium. A part not `eager` starts when first asked for (an
 * export that finds every page in the cache needs neither, one that prints from a running
 * dev server needs no Slidev process).
 */
export function startRig(ownSignals = false, eager: EagerParts = { server: true, browser: true }): ExportRig {
  let server: ExportServer | undefined
  let browser: Promise<LaunchedChromium> | undefined
  const tasks: (() => Promise<void>)[] = []
  let closed: Promise<void> | undefined
  const close = async (): Promise<void> => {
    await Promise.allSettled([server?.close(), browser?.then(launched => launched.close())])
    await Promise.allSettled(tasks.splice(0).map(task => task()))
  }
  const rig: ExportRig = {
    get server() {
      return (server ??= startExportServer())
    },
    get browser() {
      if (!browser) {
        browser = launchChromium(ownSignals)
        browser.catch(() => {})
      }
      return browser
    },
    onClose: task => tasks.push(task),
    // Closing twice (the handout closes early, the command again at its end) closes once.
    close: () => (closed ??= close()),
  }
  if (eager.server)
    void rig.server
  if (eager.browser)
    void rig.browser
  return rig
}

/** The talk's base URL: a one-off export prints a static build (served on 127.0.0.1); the watch needs the server's hot updates. */
export async function talkUrl(rig: ExportRig, slides: string, live: boolean): Promise<string> {
  if (live)
    return rig.server.serve(slides)
  const site = await mkdtemp(join(tmpdir(), 'talkdown-export-'))
  rig.onClose(() => rm(site, { recursive: true, force: true }))
  await rig.server.build(slides, site)
  const server = await serveStatic(site)
  rig.onClose(server.close)
  return server.url
}

/** Print every slide of `slides` (served live for `--watch`, else built) with `extras` (bookmarks, language); rejects with a CLIError when there is no Chromium. */
export async function printAll(rig: ExportRig, slides: string, live: boolean, say: (line: string) => void, extras: PdfExtras = {}): Promise<PrintedDeck> {
  const deck = deckPages(await readFile(slides, 'utf8'))
  const started = performance.now()
  const [url, browser] = await Promise.all([talkUrl(rig, slides, live), rig.browser])
  say(`  ${live ? 'served' : 'built'} the talk in ${((performance.now() - started) / 1000).toFixed(1)} s; printing ${count(deck.keys.length, 'slide')} …`)
  const view = await openPrintView(browser.context, url, deck, deck.keys.length)
  const plan = mergePlan(undefined, deck.keys)
  const pdf = await mergePdf(plan, deck, await view.print(), undefined, extras)
  return { view, deck, pdf }
}
