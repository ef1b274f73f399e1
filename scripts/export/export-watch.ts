// `talkdown export --watch [article]`: export the PDF once, then after every save of the
// article (its deck settings, its fit table) regenerate slides.md as `talkdown dev` does
// and re-export, re-printing only the slides whose text changed (re-export.ts). The Slidev
// server and Chromium stay up in between, so a re-export needs no new page load. Every PDF
// it writes has the deck's bookmarks and language; only one printed whole (the first, or
// after a restart) keeps Chromium's tags, since merged pages come without the structure tree.
import type { BuildOptions } from '../io/build.ts'
import type { ExportRig, PrintedDeck } from './export-rig.ts'
import type { PdfExtras } from './pdf-outline.ts'
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { asCliError, CLIError, errorMessage, exitCode } from '../io/cli-error.ts'
import { say } from '../io/report.ts'
import { writeAtomic } from '../io/write-atomic.ts'
import { liveBuild } from '../live/live-build.ts'
import { savedText } from '../live/saved-text.ts'
import { serial } from '../live/serial.ts'
import { watchFiles } from '../live/watch-files.ts'
import { watchedFiles } from '../live/watch-loop.ts'
import { parseCached, remembered } from '../pipeline/index.ts'
import { printAll, startRig } from './export-rig.ts'
import { pdfExtras } from './pdf-outline.ts'
import { reExport } from './re-export.ts'
import { announceServer } from './server-state.ts'

/** The watch's state between saves. */
interface Watch {
  build: BuildOptions
  rig: ExportRig
  /** The deck as last exported. */
  current?: PrintedDeck
  /** Set when Slidev asked for a restart (a change it cannot hot-update: theme, fonts …). */
  restart?: string
  /** Bookmarks and language of the deck last built. */
  extras: PdfExtras
  /** Removes the server's state file. */
  forget?: () => void
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`

// Everything printed anew on a fresh server and browser: the first export, and the way out
// when Slidev needs a restart or an update went wrong.
async function printFresh(watch: Watch, why?: string): Promise<void> {
  const started = performance.now()
  if (watch.current) {
    await watch.rig.close()
    watch.rig = startRig(true)
  }
  watch.restart = undefined
  watch.rig.server.onRestart(reason => (watch.restart = reason))
  const printed = await printAll(watch.rig, watch.build.output, true, say, watch.extras)
  watch.current = printed
  // A plain `talkdown export` of this deck meanwhile prints from this server (server-state.ts).
  watch.forget?.()
  watch.forget = announceServer(watch.build.output, Number(new URL(printed.view.page.url()).port), 'talkdown export --watch')
  const file = `${printed.deck.exportFilename}.pdf`
  await writeAtomic(file, printed.pdf)
  say(`✓ ${file}: rendered all ${printed.deck.keys.length} slides in ${seconds(started)}${why ? ` (${why})` : ''}`)
}

// One save: regenerate slides.md; when it changed, re-export. Never throws.
async function update(watch: Watch, last: PrintedDeck): Promise<void> {
  const seen = last.view.hot.count()
  if (await liveBuild(watch.build, true, deck => (watch.extras = pdfExtras(deck))) !== 'written')
    return
  const started = performance.now()
  const file = `${last.deck.exportFilename}.pdf`
  try {
    const done = await reExport(last, watch.build.output, file, seen, () => watch.restart !== undefined, watch.extras)
    watch.current = done.printed
    say(`✓ ${file}: re-rendered ${done.rendered} of ${done.printed.deck.keys.length} slides in ${seconds(started)}`)
  }
  catch (error) {
    if (!watch.restart)
      say(`talkdown: Cannot re-export only the changed slides: ${errorMessage(error)}; printing them all`)
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
    if (watch.current)
      await update(watch, watch.current)
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
  watch.forget?.()
  await watch.rig.close()
  // Stopped by the user while the first export was under way: a normal end.
  if (failure !== undefined && !ending)
    throw asCliError(failure, `export ${options.output}`)
  return code
}
