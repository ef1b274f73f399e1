// Rows 3c–3e: plain `talkdown export` runs (no --watch) with the page cache, each a new
// process: nothing changed since the last export; after editing one paragraph of the
// article; and after an edit while `talkdown dev` serves the deck (the export prints from
// that server). Compared with Marp's cold export of the whole deck in the same run.
import type { Row } from './report.ts'
import type { Command } from './run-process.ts'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { load } from './machine.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { duration, runList, times } from './report.ts'
import { runProcess, shown, startRunning } from './run-process.ts'
import { median } from './stats.ts'

const anchor = '推理之年'
const printedLine = /✓ talk\.pdf: (?:(\d+) of (\d+) slides printed|(\d+) pages for)/u
const devPort = 3391

interface Scene { article: string, original: string, export: Command }

// `below`: the target is strictly less than `target`× Marp.
function row(task: string, ms: number[], marpMs: number, target: number, below = false): Row {
  const ratio = median(ms) / marpMs
  const met = below ? ratio < target : ratio <= target
  const targetText = below ? '< Marp cold' : `≤ ${target.toFixed(1)}× Marp`
  return { task, ours: duration(median(ms)), peer: `Marp cold ${duration(marpMs)}`, ratio: times(ratio), target: targetText, verdict: met ? 'met' : `missed by ${times(ratio / target)}` }
}

// Run the export `runs` times, editing the article before each when `edit`; ms and what each printed.
async function timed(scene: Scene, runs: number, edit: string | undefined): Promise<{ ms: number[], printed: string[], log: string }> {
  const ms: number[] = []
  const printed: string[] = []
  let log = ''
  for (let run = 0; run < runs; run++) {
    if (edit)
      writeFileSync(scene.article, scene.original.replace(anchor, `${anchor}${edit}${run + 1}`))
    const done = await runProcess(scene.export)
    const match = printedLine.exec(done.stdout + done.stderr)
    ms.push(done.ms)
    printed.push(match?.[1] ? `${match[1]}/${match[2]}` : match?.[3] ? `all ${match[3]}` : '?')
    log = done.stdout + done.stderr
  }
  return { ms, printed, log }
}

// `talkdown dev` on the scratch article, until its server answers; stopped by the caller.
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

/** Rows 3c–3e, their commands and notes; `marpMs` is Marp's median cold export of the whole deck. */
export async function cachedRows(marpMs: number, chromium: string, runs: number): Promise<{ rows: Row[], commands: string[], notes: string[] }> {
  const out = scratch('export-cached')
  const article = join(out, 'article.md')
  const slides = join(root, '.export-cached-bench.md')
  const cache = join(out, 'cache')
  copyFileSync(seedArticle, article)
  rmSync(cache, { recursive: true, force: true })
  const scene: Scene = { article, original: readFileSync(article, 'utf8'), export: { program: process.execPath, args: [talkdownBin, 'export', article, '-o', slides], cwd: out, env: { CHROMIUM_PATH: chromium, TALKDOWN_CACHE_DIR: cache } } }
  try {
    const fill = await timed(scene, 1, undefined)
    const loadAt = load()
    const same = await timed(scene, runs, undefined)
    const edited = await timed(scene, runs, 'e')
    const dev = await startDev(scene, slides, chromium)
    try {
      // The first print view from a fresh dev server transforms every module of it once; a user has the talk open already.
      const warm = await timed(scene, 1, 'w')
      const served = await timed(scene, runs, 'd')
      const fromServer = /printing from the server of talkdown dev/u.test(served.log)
      return {
        rows: [
          row('`npm run export`, cold, page cache present, nothing changed', same.ms, marpMs, 1.5),
          row('`npm run export` after editing one paragraph, no watch', edited.ms, marpMs, 1, true),
          row('`npm run export` after an edit while `npm run dev` is open', served.ms, marpMs, 1),
        ],
        commands: [shown(scene.export), dev.command],
        notes: [
          `Plain exports with the page cache (load average ${loadAt} when they began): filling it ${runList(fill.ms)} (${fill.printed.join(', ')} printed); nothing changed ${runList(same.ms)} (printed ${same.printed.join(', ')}); after a one-paragraph edit ${runList(edited.ms)} (printed ${edited.printed.join(', ')}); with \`talkdown dev\` open, after an edit ${runList(served.ms)} (printed ${served.printed.join(', ')}; ${fromServer ? 'printed from the dev server' : 'the dev server was NOT used'}; the first such export, which makes the fresh server transform its print view, took ${runList(warm.ms)}).`,
        ],
      }
    }
    finally {
      await dev.stop()
    }
  }
  finally {
    rmSync(slides, { force: true })
  }
}
