// The watch loop of `talkdown dev`: every save of the article, its deck settings or its
// fit table regenerates slides.md (Slidev's own watcher then updates the open talk).
import type { BuildOptions } from '../io/build.ts'
import type { LiveOutcome } from './live-build.ts'
import type { FileWatch } from './watch-files.ts'
import { join, parse as parsePath } from 'node:path'
import { fitPath } from '../io/fit-file.ts'
import { parseCached, remembered } from '../pipeline/index.ts'
import { liveBuild } from './live-build.ts'
import { savedText } from './saved-text.ts'
import { serial } from './serial.ts'
import { unchangedInputs } from './unchanged-inputs.ts'
import { warmUp } from './warm-up.ts'
import { watchFiles } from './watch-files.ts'

/** A running watch loop. */
export interface WatchLoop {
  /** The first regeneration, run when the loop starts. */
  first: Promise<LiveOutcome>
  /** Stop watching (a regeneration in progress still finishes its write). */
  close: () => Promise<void>
}

/** Files whose change can change the deck. */
export function watchedFiles(options: BuildOptions): string[] {
  const { dir, name } = parsePath(options.article)
  return [options.article, options.settings ?? join(dir, `${name}.deck.yaml`), fitPath(options.article)]
}

/** Regenerate now, then after each change to the watched files, until closed. */
export function watchLoop(options: BuildOptions): WatchLoop {
  // Parsed pieces of the article, planned sections and written slides are kept between
  // saves: an edit re-parses, re-plans and re-writes its section only.
  const cached: BuildOptions = { ...options, parse: parseCached(), remember: remembered(), read: savedText }
  let last: LiveOutcome | undefined
  const unchanged = unchangedInputs(watchedFiles(options))
  const once = async (): Promise<void> => {
    // A second event of the same save (a truncate, then the write): that text is built already.
    if (unchanged())
      return
    // The first run and the first good run after a failure say so even when slides.md is unchanged.
    last = await liveBuild(cached, last === 'written' || last === 'unchanged')
  }
  const regenerate = serial(once)
  let saved = false
  let closed = false
  const first = regenerate().then(() => last!)
  // After a good first build: the edit path runs a few times before the presenter's first save.
  const warm = first.then(outcome => outcome === 'written' || outcome === 'unchanged' ? warmUp(cached, () => saved || closed) : undefined)
  const watch: FileWatch = watchFiles(watchedFiles(options), () => {
    saved = true
    void regenerate()
  })
  return { first, close: async () => {
    closed = true
    await Promise.all([watch.close(), warm])
  } }
}
