// The slides an export must print, printed: by the print view a running `talkdown dev`
// keeps open (warm-print.ts), else by a Chromium of the export's own from a running
// server's print view, else from Slidev's server or build of the deck.
import type { ExportRig } from './export-rig.ts'
import type { DeckPages } from './slide-keys.ts'
import { performance } from 'node:perf_hooks'
import { errorMessage } from '../io/cli-error.ts'
import { count } from '../io/summary.ts'
import { phaseDone, timed } from './export-profile.ts'
import { talkUrl } from './export-rig.ts'
import { pageRanges } from './merge-plan.ts'
import { askPrint } from './print-endpoint.ts'
import { openPrintView } from './print-view.ts'
import { runningServer } from './server-state.ts'

// Slidev's build costs about the same for one slide as for all; its server in export mode
// starts sooner but then transforms each module the print view asks for. Measured on the
// seed (41 slides, load 10): one slide served 18.7–19.2 s, built 26.7–29.9 s; the whole deck
// served was slower than built. So a few slides are served, more are built.
const servedShare = 1 / 4

/** Print the slides at `positions` (0-based) of `deck` (the text `markdown` of `slides`) to PDF bytes. */
export async function printSlides(rig: ExportRig, slides: string, markdown: string, deck: DeckPages, positions: number[], say: (line: string) => void): Promise<Uint8Array> {
  const started = performance.now()
  const live = await timed('find server', runningServer(slides, markdown))
  const all = positions.length === deck.keys.length
  const ranges = all ? undefined : pageRanges(positions)
  if (live?.print) {
    say(`  printing ${count(positions.length, 'slide')} in the open print view of ${live.command} …`)
    const asked = { keys: deck.keys, width: deck.width, height: deck.height, ranges }
    const pdf = await timed('print view of dev', askPrint(live.print, asked)).catch((error: unknown) => say(`talkdown: Cannot print in the print view of ${live.command} (${errorMessage(error)}); opening one here`))
    if (pdf)
      return pdf
  }
  const serve = positions.length <= deck.keys.length * servedShare
  const [url, browser] = await Promise.all([live ? Promise.resolve(live.url) : timed(serve ? 'serve' : 'build', talkUrl(rig, slides, serve)), timed('Chromium start', rig.browser)])
  say(`  ${live ? `printing from the server of ${live.command}` : `${serve ? 'served' : 'built'} the talk in ${((performance.now() - started) / 1000).toFixed(1)} s`}; printing ${count(positions.length, 'slide')} …`)
  const opened = performance.now()
  const view = await openPrintView(browser.context, url, deck, positions.length, ranges)
  phaseDone('page load and settle', opened)
  const pdf = await timed('page.pdf', view.print())
  await view.page.close()
  return pdf
}
