// `talkdown export --watch [article]`: export the PDF once, then after every save of the
// article (its deck settings, its fit table) regenerate slides.md as `talkdown dev` does and
// print the whole deck again in the print view kept open on the watch's own Slidev server
// (kept-view.ts): no new page load, and every PDF printed whole, so every PDF is tagged and
// carries the deck's bookmarks and language.
import type { BuildOptions } from '../io/build.ts'
import type { ExportRig } from './export-rig.ts'
import type { KeptView } from './kept-view.ts'
import type { PdfExtras } from './pdf-outline.ts'
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { asCliError, CLIError, errorMessage, exitCode } from '../io/cli-error.ts'
import { say } from '../io/report.ts'
import { count } from '../io/summary.ts'
import { writeAtomic } from '../io/write-atomic.ts'
import { liveBuild } from '../live/live-build.ts'
import { savedText } from '../live/saved-text.ts'
import { serial } from '../live/serial.ts'
import { watchFiles } from '../live/watch-files.ts'
import { watchedFiles } from '../live/watch-loop.ts'
import { parseCached, remembered } from '../pipeline/index.ts'
import { startRig } from './export-rig.ts'
import { keepPrintView } from './kept-view.ts'
import { finishPdf, pdfExtras } from './pdf-outline.ts'

/** The watch's state between saves. */
interface Watch {
  build: BuildOptions
  rig: ExportRig
  /** The print view on the rig's server, once the first export opened it. */
  kept?: KeptView
  /** Set when Slidev asked for a restart (a change it cannot hot-update: theme, fonts …). */
  restart?: string
  /** Bookmarks and language of the deck last built. */
  extras: PdfExtras
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`

// Print the whole deck in the kept view and write the PDF.
async function printKept(watch: Watch, kept: KeptView, started: number, why?: string): Promise<void> {
  const printed = await kept.print()
  const file = `${printed.deck.exportFilename}.pdf`
  await writeAtomic(file, await finishPdf(printed.pdf, printed.deck, watch.extras))
  say(`✓ ${file}: printed all ${count(printed.deck.count, 'slide')} in ${seconds(started)}${why ? ` (${why})` : ''}`)
}

// A fresh server, browser and view: the first export, and the way out when Slidev needs a
// restart or an update went wrong.
async function printFresh(watch: Watch, why?: string): Promise<void> {
  const started = performance.now()
  if (watch.kept) {
    await watch.rig.close()
    watch.rig = startRig(true)
  }
  watch.restart = undefined
  const rig = watch.rig
  rig.server.onRestart(reason => (watch.restart = reason))
  const url = await rig.server.serve(watch.build.output)
  watch.kept = keepPrintView(async () => (await rig.browser).context, url, watch.build.output, () => watch.restart !== undefined)
  await printKept(watch, watch.kept, started, why)
}

// One save: regenerate slides.md; when it changed, print again. Never throws.
async function update(watch: Watch, kept: KeptView): Promise<void> {
  if (await liveBuild(watch.build, true, deck => (watch.extras = pdfExtras(deck))) !== 'written')
    return
  try {
    await printKept(watch, kept, performance.now())
  }
  catch (error) {
    if (!watch.restart)
      say(`talkdown: Cannot print in the open print view: ${errorMessage(error)}; starting Slidev and Chromium again`)
    await printFresh(watch, watch.restart ?? 'after a failed update').catch(error => say(`talkdown: Cannot export ${watch.build.output}: ${errorMessage(error)}`))
  }
}

// Without a first deck there is nothing to watch: the build's messages are above, the code says why.
async function exportFirst(watch: Watch): Promise<void> {
  const outcome = await liveBuild(watch.build, false, deck => (watch.extras = pdfExtras(deck)))
  if ((outcome === 'invalid' || outcome === 'failed') && !existsSync(watch.build.output))
    throw new CLIError(`Cannot export ${watch.build.output}: the article did not build and there is no earlier one`, outcome === 'invalid' ? exitCode.badInput : exitCode.failed)
  say(`Exporting ${watch.build.output}, then watching ${watch.build.article} (Ctrl-C to stop) …`)
  await printFresh(watch)
}

/** Run `talkdown export --watch` until Ctrl-C (or SIGTERM, SIGHUP); rejects with a CLIError when the first export cannot be made. */
export async function exportWatch(options: Omit<BuildOptions, 'parse' | 'remember' | 'fit' | 'seen'>): Promise<number> {
  const build: BuildOptions = { ...options, parse: parseCached(), remember: remembered(), read: savedText }
  // Ctrl-C ends the watch at any time, also during the first export; we close the browser.
  const stopped = new Promise<number>(done => ['SIGINT', 'SIGTERM', 'SIGHUP'].forEach(signal => process.once(signal, () => done(0))))
  const watch: Watch = { build, rig: startRig(true), extras: {} }
  const first = exportFirst(watch)
  first.catch(() => {})
  // Saves during the first export wait for it; saves during a re-export make one more.
  const run = serial(async () => {
    await first.catch(() => {})
    if (watch.kept)
      await update(watch, watch.kept)
  })
  const files = watchFiles(watchedFiles(build), () => void run())
  let ending = false
  void stopped.then(() => (ending = true))
  let failure: unknown
  const failed = first.then(() => stopped, (error: unknown) => {
    failure = error
    return exitCode.failed
  })
  const code = await Promise.race([stopped, failed])
  await files.close()
  await watch.rig.close()
  // Stopped by the user while the first export was under way: a normal end.
  if (failure !== undefined && !ending)
    throw asCliError(failure, `export ${options.output}`)
  return code
}
