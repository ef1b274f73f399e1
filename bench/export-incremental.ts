// Row 3b: re-export after editing one slide. `talkdown export --watch` runs on a scratch
// copy of the seed; after its first export, each edit changes one word on one slide, and
// we time from the save to the new talk.pdf on disk (the watch prints its line after the
// atomic write; it prints the whole deck each time). Compared with Marp's cold export of
// the whole deck in the same run.
import type { Row } from './report.ts'
import type { Running } from './run-process.ts'
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { load } from './machine.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { duration, runList, times } from './report.ts'
import { startRunning } from './run-process.ts'
import { median } from './stats.ts'

const anchor = '推理之年'
const printedAll = /✓ talk\.pdf: printed all (\d+) slides/gu

function startWatch(article: string, slides: string, cwd: string, chromium: string): Running {
  return startRunning([talkdownBin, 'export', '--watch', article, '-o', slides], cwd, chromium)
}

async function until(run: Running, done: () => boolean, what: string, ms: number): Promise<void> {
  for (const end = performance.now() + ms; !done(); await sleep(10)) {
    if (performance.now() > end)
      throw new Error(`talkdown export --watch: no ${what} within ${ms / 1000} s; last output: ${run.log().trim().split('\n').slice(-3).join(' | ')}`)
  }
}

/** Time `edits` one-slide edits; ms per edit. */
async function timeEdits(run: Running, article: string, pdf: string, edits: number): Promise<number[]> {
  const original = readFileSync(article, 'utf8')
  const ms: number[] = []
  for (let edit = 0; edit < edits; edit++) {
    const before = [...run.log().matchAll(printedAll)].length
    const written = statSync(pdf).mtimeMs
    const started = performance.now()
    writeFileSync(article, original.replace(anchor, `${anchor}v${edit + 1}`))
    await until(run, () => [...run.log().matchAll(printedAll)].length > before && statSync(pdf).mtimeMs > written, 're-export', 120_000)
    ms.push(performance.now() - started)
    // Let the server settle so that one edit's work does not spill into the next.
    await sleep(500)
  }
  return ms
}

/** The re-export row, its commands and notes; `marpMs` is Marp's median cold export of the whole deck. */
export async function incrementalRow(marpMs: number, chromium: string, edits: number): Promise<{ row: Row, commands: string[], notes: string[] }> {
  const out = scratch('export-incremental')
  const article = join(out, 'article.md')
  const slides = join(root, '.export-bench.md')
  copyFileSync(seedArticle, article)
  rmSync(join(out, 'talk.pdf'), { force: true })
  const run = startWatch(article, slides, out, chromium)
  try {
    const started = performance.now()
    await until(run, () => /✓ talk\.pdf: printed all/u.test(run.log()), 'first export', 240_000)
    const first = performance.now() - started
    const loadAt = load()
    const ms = await timeEdits(run, article, join(out, 'talk.pdf'), edits)
    const ratio = median(ms) / marpMs
    return {
      row: { task: `re-export after editing one slide (--watch, ${ms.length} edits)`, ours: duration(median(ms)), peer: `Marp cold ${duration(marpMs)}`, ratio: times(ratio), target: '< Marp cold', verdict: ratio < 1 ? 'met' : `missed by ${times(ratio)}` },
      commands: [run.command],
      notes: [`Re-export, save to new talk.pdf: ${runList(ms)} (the whole deck printed each time); load average ${loadAt} when the edits began. The watch's first export (start-up included) took ${duration(first)}.`],
    }
  }
  finally {
    await run.stop()
    rmSync(slides, { force: true })
  }
}
