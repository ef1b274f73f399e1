// Row 3: a cold PDF export of the seed talk with `talkdown export` against Marp CLI
// exporting the same slides and text, both with the same Chromium; then the rows a presenter
// meets while editing: the re-export after a one-slide edit with `talkdown export --watch`
// (export-incremental.ts) and an export while `talkdown dev` is open (export-dev-open.ts).
import type { Deck } from '../scripts/pipeline/index.ts'
import type { Row, Section } from './report.ts'
import type { Command } from './run-process.ts'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { generate, VFile } from '../scripts/pipeline/index.ts'
import { devOpenRows } from './export-dev-open.ts'
import { incrementalRow } from './export-incremental.ts'
import { marpDeck } from './marp-deck.ts'
import { root, scratch, seedArticle, talkdownBin } from './paths.ts'
import { duration, runList, times } from './report.ts'
import { runProcess, shown } from './run-process.ts'
import { median } from './stats.ts'

// Slidev takes the styles/ and components/ folders beside the slides file, so our slides
// must sit in the project root; a dot-name keeps them out of the way and they are removed after.
const ourSlides = join(root, '.bench-slides.md')

function seedDeck(): Deck {
  const result = generate({ article: new VFile({ path: 'content/review.md', value: readFileSync(seedArticle, 'utf8') }) })
  if (!result.deck)
    throw new Error('Cannot benchmark the export, expected the seed to generate a deck')
  return result.deck
}

function exportCommands(out: string, chromium: string): Record<'talkdown' | 'marp', Command> {
  return {
    // cwd is the scratch folder: `talkdown export` writes talk.pdf to the working directory.
    talkdown: { program: process.execPath, args: [talkdownBin, 'export', seedArticle, '-o', ourSlides], cwd: out, env: { CHROMIUM_PATH: chromium } },
    marp: {
      program: process.execPath,
      args: [join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js'), '--no-stdin', '--no-config-file', '--pdf', '--browser', 'chrome', '--browser-path', chromium, '-o', join(out, 'marp.pdf'), join(out, 'marp.md')],
      cwd: out,
      env: { CHROME_PATH: chromium },
    },
  }
}

async function pages(path: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount()
}

async function timeExports(runs: number, named: Record<'talkdown' | 'marp', Command>): Promise<Record<'talkdown' | 'marp', number[]>> {
  const result = { talkdown: [] as number[], marp: [] as number[] }
  for (let run = 0; run < runs; run++) {
    rmSync(ourSlides, { force: true }) // a fresh build each time, never "edited by hand"
    result.talkdown.push((await runProcess(named.talkdown)).ms)
    result.marp.push((await runProcess(named.marp)).ms)
  }
  return result
}

/** Measure row 3 with `runs` cold exports each. */
export async function exportSection(runs: number, chromium: string): Promise<Section> {
  const out = scratch('export')
  const deck = seedDeck()
  writeFileSync(join(out, 'marp.md'), marpDeck(deck))
  const named = exportCommands(out, chromium)
  try {
    const measured = await timeExports(runs, named)
    const counts = { talkdown: await pages(join(out, 'talk.pdf')), marp: await pages(join(out, 'marp.pdf')) }
    // A few more edits than cold runs: each is short, and the first may still meet a cold cache.
    const incremental = await incrementalRow(median(measured.marp), chromium, runs + 2)
    const dev = await devOpenRows(median(measured.marp), chromium, runs)
    return {
      title: '3. Export of the seed talk to PDF, cold (new process and new browser each run), and re-export after an edit',
      rows: [coldRow(median(measured.talkdown) / counts.talkdown, median(measured.marp) / counts.marp), incremental.row, ...dev.rows],
      commands: [shown(named.talkdown), shown(named.marp), ...incremental.commands, ...dev.commands],
      notes: [
        `Slides: ${deck.slides.length} in our deck (${deck.slides.filter(slide => slide.chart).length} with a chart); PDF pages: talkdown ${counts.talkdown}, Marp ${counts.marp}. Seconds per slide = median wall time / pages.`,
        `talkdown export (generate slides.md; Slidev's own build of the talk with its print view, in a process started meanwhile with Chromium; Chromium prints it): ${runList(measured.talkdown)}; Marp CLI: ${runList(measured.marp)}. Medians: talkdown ${duration(median(measured.talkdown))}, Marp ${duration(median(measured.marp))}.`,
        'The Marp deck has each slide\'s title and body text (bench/marp-deck.ts); our charts are not drawn in it and notes are left out of both PDFs.',
        'Cold means a new process, a new Chromium and a new Slidev build each run: no output of an earlier export is reused (only the CLI bundle bin/fast-start.js makes once per source change, and Vite\'s optimised dependencies).',
        ...incremental.notes,
        ...dev.notes,
      ],
    }
  }
  finally {
    rmSync(ourSlides, { force: true })
  }
}

function coldRow(ours: number, peer: number): Row {
  const ratio = ours / peer
  return { task: 'seed → talk.pdf, cold, seconds per slide', ours: `${(ours / 1000).toFixed(3)} s/slide`, peer: `Marp ${(peer / 1000).toFixed(3)} s/slide`, ratio: times(ratio), target: '≤ 1.5× Marp', verdict: ratio <= 1.5 ? 'met' : `missed by ${times(ratio / 1.5)}` }
}
