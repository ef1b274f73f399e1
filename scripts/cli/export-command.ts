// `talkdown export [article]`: build, then export (PDF, native PPTX, picture PPTX, or a handout; --watch: PDF again on every save).

import type { DevPrint } from '../export/dev-print.ts'
import type { ExportRig } from '../export/export-rig.ts'
import type { Deck } from '../pipeline/index.ts'
import type { ParsedOptions } from './options.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { makeHandout } from '../browser/make-handout.ts'
import { askDevOpen, devPrintFor } from '../export/dev-print.ts'
import { exportPdf } from '../export/export-pdf.ts'
import { exportPptx } from '../export/export-pptx.ts'
import { startRig } from '../export/export-rig.ts'
import { pdfExtras } from '../export/pdf-outline.ts'
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
async function exportHandout(pdfTo: (file: string) => Promise<unknown>, close: () => Promise<void>, deck: Deck): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-handout-'))
  try {
    const pdf = join(scratch, 'slides.pdf')
    const output = `${deck.exportFilename}-handout.pdf`
    await pdfTo(pdf)
    await close()
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

// PDF and handout. While `talkdown dev` runs for the deck, the export prints in the view dev
// keeps (asked to load it now, while the deck is built); otherwise the Slidev process and
// Chromium start now, and load while the deck is built.
async function exportPrinted(options: ParsedOptions, positionals: string[]): Promise<number> {
  const dev: DevPrint | undefined = devPrintFor(options.output)
  if (dev)
    askDevOpen(dev)
  let rig: ExportRig | undefined = dev ? undefined : startRig()
  const ownRig = (): ExportRig => (rig ??= startRig())
  try {
    const built = await buildFrom(options, positionals)
    if (!built.ok || !built.deck)
      return buildExit(built)
    const deck = built.deck
    const pdfTo = (file: string): ReturnType<typeof exportPdf> => exportPdf(options.output, file, say, pdfExtras(deck), ownRig, dev)
    if (options.handout)
      return await exportHandout(pdfTo, async () => rig?.close(), deck)
    const file = `${deck.exportFilename}.pdf`
    const written = await pdfTo(file)
    say(`✓ ${file}: ${count(written.pages, 'page')} for ${count(deck.slides.length, 'slide')} (${written.seconds.toFixed(1)} s)`)
    return exitCode.ok
  }
  catch (error) {
    throw asCliError(error, `export ${options.output}`)
  }
  finally {
    await rig?.close()
  }
}

// Native PPTX from the deck model, in-process: Slidev and Chromium only for its diagrams' pictures.
async function exportNativePptx(options: ParsedOptions, positionals: string[]): Promise<number> {
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return buildExit(built)
  const written = await exportPptx(built.deck, options.output, articleArgument(positionals), say)
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
