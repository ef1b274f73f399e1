// Rows 3e–3f: plain `talkdown export` runs after an edit while `talkdown dev` serves the
// deck: by default the export prints in the print view dev keeps open (opened by the first
// export of the session); with `--no-print-view` it opens its own Chromium on dev's server.
import type { Scene, Timed } from './export-runs.ts'
import { setTimeout as sleep } from 'node:timers/promises'
import { timedExports } from './export-runs.ts'
import { root, talkdownBin } from './paths.ts'
import { startRunning } from './run-process.ts'

const devPort = 3391
/** Between a session's first export and the later ones (both sessions alike). */
export const pauseMs = 20_000

/** A dev session's exports: the first (which opens the print view, on a fresh server), the later ones, and where they printed. */
export interface DevOpen { first: Timed, later: Timed, path: string, command: string }

// `talkdown dev` on the scene's article, until its server answers; stopped by the caller.
async function startDev(scene: Scene, slides: string, chromium: string, flags: string[]): Promise<{ stop: () => Promise<void>, command: string }> {
  const dev = startRunning([talkdownBin, 'dev', scene.article, '-o', slides, '--port', String(devPort), ...flags], root, chromium)
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
  if (/in the open print view of talkdown dev/u.test(log) && !/Cannot print in the print view/u.test(log))
    return 'in dev\'s open print view'
  return /printing from the server of talkdown dev/u.test(log) ? 'by the export\'s own Chromium from the dev server' : 'NOT from the dev server'
}

/** One dev session (`flags` added to `talkdown dev`): a first export after an edit, then `runs` more. */
export async function devOpenRuns(scene: Scene, slides: string, chromium: string, runs: number, flags: string[] = []): Promise<DevOpen> {
  const dev = await startDev(scene, slides, chromium, flags)
  try {
    const first = await timedExports(scene, 1, `w${flags.length}`)
    // The presenter goes on editing after a first export; meanwhile dev loads the whole deck's view.
    await sleep(pauseMs)
    const later = await timedExports(scene, runs, `d${flags.length}`)
    return { first, later, path: pathOf(later.log), command: dev.command }
  }
  finally {
    await dev.stop()
  }
}
