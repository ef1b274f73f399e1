// `talkdown export [article]`: build, then export with Slidev (PDF, PPTX, or a handout).
import type { Deck } from '../pipeline/model.ts'
import type { ParsedOptions } from './options.ts'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeHandout } from '../browser/make-handout.ts'
import { buildFrom } from './build-command.ts'
import { exportTalk, pageCount } from './export.ts'
import { say } from './report.ts'

// The handout needs the slides as PDF first; that one is a temporary file.
async function exportHandout(slides: string, deck: Deck): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-handout-'))
  try {
    const pdf = await exportTalk({ slides, output: join(scratch, 'slides'), format: 'pdf' })
    const output = `${deck.exportFilename}-handout.pdf`
    say(`Laying out ${deck.slides.length} slides with their notes …`)
    if (!pdf || !await makeHandout(deck, pdf, output, say))
      return 1
    say(`✓ wrote ${output}: ${await pageCount(output)} pages for ${deck.slides.length} slides, each slide above its notes`)
    return 0
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** Run `talkdown export`. */
export async function exportCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  if (options.format !== 'pdf' && options.format !== 'pptx')
    throw new TypeError(`Cannot export to \`${options.format}\`, expected pdf or pptx`)
  if (options.handout && options.format !== 'pdf')
    throw new TypeError('Cannot make a handout as pptx, expected --handout alone or with --format pdf')
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return 1
  if (options.handout)
    return exportHandout(options.output, built.deck)
  const file = await exportTalk({ slides: options.output, output: built.deck.exportFilename, format: options.format })
  if (!file)
    return 1
  say(options.format === 'pdf' ? `✓ wrote ${file}: ${await pageCount(file)} pages for ${built.deck.slides.length} slides` : `✓ wrote ${file}`)
  return 0
}
