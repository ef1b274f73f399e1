import type { Scene } from './export-runs.ts'
// Rows 3c–3f: plain `talkdown export` runs (no --watch) with the page cache, each a new
// process: nothing changed since the last export; after editing one paragraph of the
// article; and after an edit while `talkdown dev` serves the deck, printed in the print view
// dev keeps open, and (as before it kept one) by the export's own Chromium from dev's
// server. Compared with Marp's cold export of the whole deck in the same run.
import type { Row } from './report.ts'
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { devOpenRuns, pauseMs } from './export-dev-open.ts'
import { row, timedExports } from './export-runs.ts'
import { load } from './machine.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { runList } from './report.ts'
import { shown } from './run-process.ts'

/** Rows 3c–3f, their commands and notes; `marpMs` is Marp's median cold export of the whole deck. */
export async function cachedRows(marpMs: number, chromium: string, runs: number): Promise<{ rows: Row[], commands: string[], notes: string[] }> {
  const out = scratch('export-cached')
  const article = join(out, 'article.md')
  const slides = join(root, '.export-cached-bench.md')
  const cache = join(out, 'cache')
  copyFileSync(seedArticle, article)
  rmSync(cache, { recursive: true, force: true })
  const scene: Scene = { article, original: readFileSync(article, 'utf8'), export: { program: process.execPath, args: [talkdownBin, 'export', article, '-o', slides], cwd: out, env: { CHROMIUM_PATH: chromium, TALKDOWN_CACHE_DIR: cache } } }
  try {
    const fill = await timedExports(scene, 1, undefined)
    const loadAt = load()
    const same = await timedExports(scene, runs, undefined)
    const edited = await timedExports(scene, runs, 'e')
    const kept = await devOpenRuns(scene, slides, chromium, runs)
    const own = await devOpenRuns(scene, slides, chromium, runs, ['--no-print-view'])
    return {
      rows: [
        row('`npm run export`, cold, page cache present, nothing changed', same.ms, marpMs, 1.5),
        row('`npm run export` after editing one paragraph, no watch', edited.ms, marpMs, 1, true),
        row('`npm run export` after an edit while `npm run dev` is open', kept.later.ms, marpMs, 1),
        { ...row('the same, first export of a fresh `npm run dev` (opens its print view)', kept.first.ms, marpMs, 1), target: '(info)', verdict: 'once a session' },
      ],
      commands: [shown(scene.export), kept.command, own.command],
      notes: [
        `Plain exports with the page cache (load average ${loadAt} when they began): filling it ${runList(fill.ms)} (${fill.printed.join(', ')} printed); nothing changed ${runList(same.ms)} (printed ${same.printed.join(', ')}); after a one-paragraph edit ${runList(edited.ms)} (printed ${edited.printed.join(', ')}).`,
        `With \`talkdown dev\` open, after an edit: ${runList(kept.later.ms)} (printed ${kept.later.printed.join(', ')}, ${kept.path}); the session's first export, which opens dev's print view on the fresh server, ${runList(kept.first.ms)}; the later ones began ${pauseMs / 1000} s after it. With \`talkdown dev --no-print-view\` (the export opens its own Chromium on dev's server, as before dev kept a view): ${runList(own.later.ms)} (printed ${own.later.printed.join(', ')}, ${own.path}); its first ${runList(own.first.ms)}. Load average ${load()} after them.`,
      ],
    }
  }
  finally {
    rmSync(slides, { force: true })
  }
}
