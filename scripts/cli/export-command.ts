import type { ExportRig } from '../export/export-rig.ts'
import type { Deck } from '../pipeline/index.ts'
import type { ParsedOptions } from './options.ts'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeHandout } from '../browser/make-handout.ts'
import { exportPdf } from '../export/export-pdf.ts'
import { startRig } from '../export/export-rig.ts'
import { say } from '../io/report.ts'
// `talkdown export [article]`: build, then export (PDF, PPTX, or a handout; --watch: again on every save).
import { articleArgument } from './article-argument.ts'
import { buildFrom } from './build-command.ts'
import { exportTalk, pageCount } from './export.ts'
import { minutesOption } from './minutes-option.ts'

// The handout needs the slides as PDF first; that one is a temporary file.
async function exportHandout(rig: ExportRig, slides: string, deck: Deck): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-handout-'))
  try {
    const pdf = join(scratch, 'slides.pdf')
    const output = `${deck.exportFilename}-handout.pdf`
    if (!await exportPdf(rig, slides, pdf, say))
      return 1
    await rig.close()
    say(`Laying out ${deck.slides.length} slides with their notes …`)
    if (!await makeHandout(deck, pdf, output, say))
      return 1
    say(`✓ wrote ${output}: ${await pageCount(output)} pages for ${deck.slides.length} slides, each slide above its notes`)
    return 0
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

// PDF and handout: the Slidev server and Chromium start while the deck is built.
async function exportPrinted(options: ParsedOptions, positionals: string[]): Promise<number> {
  const rig = startRig(say)
  try {
    const built = await buildFrom(options, positionals)
    if (!built.ok || !built.deck)
      return 1
    if (options.handout)
      return await exportHandout(rig, options.output, built.deck)
    const file = `${built.deck.exportFilename}.pdf`
    const written = await exportPdf(rig, options.output, file, say)
    if (!written)
      return 1
    say(`✓ wrote ${file}: ${written.pages} pages for ${built.deck.slides.length} slides (${written.seconds.toFixed(1)} s)`)
    return 0
  }
  catch (error) {
    say(`talkdown: Cannot export ${options.output}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  finally {
    await rig.close()
  }
}

/** Run `talkdown export`. */
export async function exportCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  if (options.format !== 'pdf' && options.format !== 'pptx')
    throw new TypeError(`Cannot export to \`${options.format}\`, expected pdf or pptx`)
  if (options.handout && options.format !== 'pdf')
    throw new TypeError('Cannot make a handout as pptx, expected --handout alone or with --format pdf')
  if (options.watch && (options.handout || options.format !== 'pdf'))
    throw new TypeError('Cannot watch a handout or a pptx export, expected --watch alone or with --format pdf')
  if (options.watch)
    return (await import('../export/export-watch.ts')).exportWatch({ article: articleArgument(positionals), output: options.output, settings: options.settings, force: options.force, minutes: minutesOption(options.minutes) })
  if (options.format === 'pdf')
    return exportPrinted(options, positionals)
  // PPTX stays with `slidev export`: it screenshots each slide and adds the notes.
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return 1
  const file = await exportTalk({ slides: options.output, output: built.deck.exportFilename, format: 'pptx' })
  if (!file)
    return 1
  say(`✓ wrote ${file}`)
  return 0
}
