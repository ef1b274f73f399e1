// `talkdown export [article]`: build, then export (PDF, native PPTX, picture PPTX, or a handout; --watch: PDF again on every save).

import type { PdfWritten } from '../export/export-pdf.ts'
import type { ExportRig } from '../export/export-rig.ts'
import type { Deck } from '../pipeline/index.ts'
import type { ParsedOptions } from './options.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { makeHandout } from '../browser/make-handout.ts'
import { likelyCached } from '../export/cache/page-cache-dir.ts'
import { exportPdf } from '../export/export-pdf.ts'
import { exportPptx } from '../export/export-pptx.ts'
import { startRig } from '../export/export-rig.ts'
import { pdfExtras } from '../export/pdf-outline.ts'
import { askStart } from '../export/print-endpoint.ts'
import { announced } from '../export/server-state.ts'
import { asCliError, CLIError, exitCode } from '../io/cli-error.ts'
import { say } from '../io/report.ts'
import { count } from '../io/summary.ts'
import { articleArgument } from './article-argument.ts'
import { buildExit, buildFrom } from './build-command.ts'
import { minutesOption } from './minutes-option.ts'
import { exportPicturePptx } from './picture-pptx.ts'

async function pageCount(path: string): Promise<number> {
  return (await PDFDocument.load(await readFile(path), { updateMetadata: false })).getPageCount()
}

// The handout needs the slides as PDF first; that one is a temporary file.
async function exportHandout(rig: ExportRig, slides: string, deck: Deck, cache: boolean): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-handout-'))
  try {
    const pdf = join(scratch, 'slides.pdf')
    const output = `${deck.exportFilename}-handout.pdf`
    await exportPdf(rig, slides, pdf, say, { extras: pdfExtras(deck), cache })
    await rig.close()
    say(`Laying out ${deck.slides.length} slides with their notes …`)
    if (!await makeHandout(deck, pdf, output, say))
      return exitCode.failed
    say(`✓ wrote ${output}: ${await pageCount(output)} pages for ${deck.slides.length} slides, each slide above its notes`)
    return exitCode.ok
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

// What a PDF export printed, and from where the rest came.
function printedLine(file: string, written: PdfWritten, slides: number): string {
  const from = written.printed === written.pages ? `${count(written.pages, 'page')} for ${count(slides, 'slide')}` : `${written.printed} of ${written.pages} slides printed, ${written.pages - written.printed} from the cache`
  return `✓ ${file}: ${from} (${written.seconds.toFixed(1)} s)`
}

// PDF and handout: the Slidev server and Chromium start while the deck is built, unless
// the article has not changed since the page cache was last written (then the export
// likely needs neither, and one that does starts them once it knows); no Slidev process
// either while a dev server for the deck announces itself (the export prints from it), and
// no Chromium while it keeps a print view open (it prints there, and starts its Chromium now).
async function exportPrinted(options: ParsedOptions, positionals: string[]): Promise<number> {
  const cache = !options['no-cache']
  const printing = !cache || !likelyCached(options.output, articleArgument(positionals))
  const live = announced(options.output)
  const rig = startRig(false, { browser: printing && !live?.print, server: printing && !live })
  if (printing && live?.print)
    askStart(live.print)
  try {
    const built = await buildFrom(options, positionals)
    if (!built.ok || !built.deck)
      return buildExit(built)
    if (options.handout)
      return await exportHandout(rig, options.output, built.deck, cache)
    const file = `${built.deck.exportFilename}.pdf`
    const written = await exportPdf(rig, options.output, file, say, { extras: pdfExtras(built.deck), cache })
    say(printedLine(file, written, built.deck.slides.length))
    return exitCode.ok
  }
  catch (error) {
    throw asCliError(error, `export ${options.output}`)
  }
  finally {
    await rig.close()
  }
}

// Native PPTX from the deck model, in-process: neither Slidev nor Chromium is needed.
async function exportNativePptx(options: ParsedOptions, positionals: string[]): Promise<number> {
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return buildExit(built)
  const written = await exportPptx(built.deck, options.output)
  say(`✓ wrote ${written.file}: ${built.deck.slides.length} slides with their notes, as editable text and native charts (${written.seconds.toFixed(1)} s)`)
  return exitCode.ok
}

const formats = ['pdf', 'pptx', 'pptx-images']

/** Run `talkdown export`. */
export async function exportCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  if (!formats.includes(options.format))
    throw new CLIError(`Cannot export to \`${options.format}\`, expected pdf, pptx or pptx-images`, exitCode.badInput)
  if (options.handout && options.format !== 'pdf')
    throw new CLIError(`Cannot make a handout as ${options.format}, expected --handout alone or with --format pdf`, exitCode.badInput)
  if (options.watch && (options.handout || options.format !== 'pdf'))
    throw new CLIError(`Cannot watch a handout or a ${options.format} export, expected --watch alone or with --format pdf`, exitCode.badInput)
  if (options.watch)
    return (await import('../export/export-watch.ts')).exportWatch({ article: articleArgument(positionals), output: options.output, settings: options.settings, force: options.force, minutes: minutesOption(options.minutes) })
  if (options.format === 'pdf')
    return exportPrinted(options, positionals)
  if (options.format === 'pptx')
    return exportNativePptx(options, positionals)
  // One picture per slide, as `slidev export` makes it (it screenshots each slide and adds the notes).
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return buildExit(built)
  const file = await exportPicturePptx({ slides: options.output, output: built.deck.exportFilename })
  if (!file)
    return exitCode.failed
  say(`✓ wrote ${file}`)
  return exitCode.ok
}
