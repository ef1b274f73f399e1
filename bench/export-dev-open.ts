// Rows 3c–3d: plain `talkdown export` runs after an edit while `talkdown dev` serves the deck:
// the export prints the whole deck in the print view dev keeps open (opened on the session's
// first export). Compared with Marp's cold export of the whole deck in the same run.
import type { Scene, Timed } from './export-runs.ts'
import type { Row } from './report.ts'
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { row, timedExports } from './export-runs.ts'
import { load } from './machine.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { runList } from './report.ts'
import { shown, startRunning } from './run-process.ts'

const devPort = 3391
/** Between a session's first export and the later ones. */
const pauseMs = 20_000

/** A dev session's exports: the first (which opens the print view, on a fresh server), the later ones, and where they printed. */
interface DevOpen { first: Timed, later: Timed, path: string, command: string }

// `talkdown dev` on the scene's article, until its server answers; stopped by the caller.
async function startDev(scene: Scene, slides: string, chromium: string): Promise<{ stop: () => Promise<void>, command: string }> {
  const dev = startRunning([talkdownBin, 'dev', scene.article, '-o', slides, '--port', String(devPort)], root, chromium)
  for (const end = Date.now() + 120_000; ; await sleep(200)) {
    const ok = await fetch(`http://127.0.0.1:${devPort}/__slidev/slides/1.json`).then(response => response.ok, () => false)
    if (ok)
      break
    if (Date.now() > end || dev.exited()) {
      await dev.stop()
      throw new Error(`talkdown dev did not serve on port ${devPort}: ${dev.log().trim().split('\n').slice(-3).join(' | ')}`)
    }
  }
  return { stop: dev.stop, command: dev.command }
}

function pathOf(log: string): string {
  return /in the print view of talkdown dev/u.test(log) && !/Cannot print in the print view/u.test(log) ? 'in dev\'s open print view' : 'NOT in dev\'s print view'
}

// One dev session: a first export after an edit, then `runs` more.
async function devOpenRuns(scene: Scene, slides: string, chromium: string, runs: number): Promise<DevOpen> {
  const dev = await startDev(scene, slides, chromium)
  try {
    const first = await timedExports(scene, 1, 'w')
    // The presenter goes on editing after a first export.
    await sleep(pauseMs)
    const later = await timedExports(scene, runs, 'd')
    return { first, later, path: pathOf(later.log), command: dev.command }
  }
  finally {
    await dev.stop()
  }
}

/** Rows 3c–3d, their commands and notes; `marpMs` is Marp's median cold export of the whole deck. */
export async function devOpenRows(marpMs: number, chromium: string, runs: number): Promise<{ rows: Row[], commands: string[], notes: string[] }> {
  const out = scratch('export-dev-open')
  const article = join(out, 'article.md')
  const slides = join(root, '.export-dev-bench.md')
  copyFileSync(seedArticle, article)
  const scene: Scene = { article, original: readFileSync(article, 'utf8'), export: { program: process.execPath, args: [talkdownBin, 'export', article, '-o', slides], cwd: out, env: { CHROMIUM_PATH: chromium } } }
  try {
    const loadAt = load()
    const kept = await devOpenRuns(scene, slides, chromium, runs)
    return {
      rows: [
        row('`npm run export` after an edit while `npm run dev` is open', kept.later.ms, marpMs, 1),
        { ...row('the same, first export of a fresh `npm run dev` (opens its print view)', kept.first.ms, marpMs, 1), target: '(info)', verdict: 'once a session' },
      ],
      commands: [shown(scene.export), kept.command],
      notes: [`With \`talkdown dev\` open (load average ${loadAt} when it started), after an edit: ${runList(kept.later.ms)} (printed ${kept.later.printed.join(', ')}, ${kept.path}); the session's first export, which opens dev's print view on the fresh server, ${runList(kept.first.ms)}; the later ones began ${pauseMs / 1000} s after it. Load average ${load()} after them.`],
    }
  }
  finally {
    rmSync(slides, { force: true })
  }
}
