// `talkdown export` to PDF, one way: Chromium prints the whole deck from Slidev's print view,
// waiting on what the page shows instead of `slidev export`'s fixed delay; then its bookmarks,
// language and metadata go in (pdf-outline.ts) and the file is written atomically. The print
// view is that of Slidev's own build of the talk, served on 127.0.0.1; while `talkdown dev`
// runs for the deck, the one dev keeps open (dev-print.ts), which needs no build, browser
// start or page load. Every PDF is printed whole, so every PDF is tagged.
import type { DeckPages } from './deck-pages.ts'
import type { DevPrint } from './dev-print.ts'
import type { ExportRig } from './export-rig.ts'
import type { KeptPrint } from './kept-view.ts'
import type { PdfExtras } from './pdf-outline.ts'
import type { PrintView } from './print-view.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { serveStatic } from '../browser/serve-static.ts'
import { errorMessage } from '../io/cli-error.ts'
import { count } from '../io/summary.ts'
import { writeAtomic } from '../io/write-atomic.ts'
import { deckPages } from './deck-pages.ts'
import { askDevPrint } from './dev-print.ts'
import { phaseDone, sayProfile, timed } from './export-profile.ts'
import { finishPdf } from './pdf-outline.ts'
import { openPrintView } from './print-view.ts'

/** What an export wrote. */
export interface PdfWritten {
  /** Pages (one per slide). */
  pages: number
  /** Seconds from the start of printing to the file written. */
  seconds: number
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`

/** Build the talk `slides` with Slidev into a temporary site, served on 127.0.0.1, and open its print view (closed with the rig). */
export async function openBuiltView(rig: ExportRig, slides: string, say: (line: string) => void): Promise<{ view: PrintView, deck: DeckPages }> {
  const deck = deckPages(await readFile(slides, 'utf8'))
  const started = performance.now()
  const site = await mkdtemp(join(tmpdir(), 'talkdown-export-'))
  rig.onClose(() => rm(site, { recursive: true, force: true }))
  const [, browser] = await Promise.all([timed('build', rig.server.build(slides, site)), timed('Chromium start', rig.browser)])
  const server = await serveStatic(site)
  rig.onClose(server.close)
  say(`  built the talk in ${seconds(started)}; opening ${count(deck.count, 'slide')} …`)
  const opened = performance.now()
  const view = await openPrintView(browser.context, server.url, deck, deck.count)
  phaseDone('page load and settle', opened)
  return { view, deck }
}

/** Build the talk `slides`, open its print view and print every slide; rejects with a CLIError when there is no Chromium. */
export async function printBuilt(rig: ExportRig, slides: string, say: (line: string) => void): Promise<KeptPrint> {
  const { view, deck } = await openBuiltView(rig, slides, say)
  const pdf = await timed('page.pdf', view.print())
  await view.page.close()
  return { pdf, deck }
}

// In dev's kept view; undefined (said in one line) when dev cannot print.
async function printInDev(dev: DevPrint, slides: string, say: (line: string) => void): Promise<KeptPrint | undefined> {
  const deck = deckPages(await readFile(slides, 'utf8'))
  say(`  printing ${count(deck.count, 'slide')} in the print view of talkdown dev (pid ${dev.pid}) …`)
  try {
    return { pdf: await timed('print in dev', askDevPrint(dev)), deck }
  }
  catch (error) {
    say(`talkdown: Cannot print in the print view of talkdown dev (${errorMessage(error)}); building the talk instead`)
    return undefined
  }
}

/**
 * Export `slides` (a built slides.md) into `output` with `extras` (bookmarks, language): in
 * the view of `dev` when given, else (or when it fails) through `rig()`; rejects with a
 * CLIError when Chromium is needed and there is none.
 */
export async function exportPdf(slides: string, output: string, say: (line: string) => void, extras: PdfExtras, rig: () => ExportRig, dev?: DevPrint): Promise<PdfWritten> {
  const started = performance.now()
  say(`Exporting ${slides} to ${output} …`)
  const printed = (dev && await printInDev(dev, slides, say)) || await printBuilt(rig(), slides, say)
  await timed('bookmarks and write', finishPdf(printed.pdf, printed.deck, extras).then(pdf => writeAtomic(output, pdf)))
  sayProfile(say)
  return { pages: printed.deck.count, seconds: (performance.now() - started) / 1000 }
}
