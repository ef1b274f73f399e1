// `talkdown export [article]`: build, then export with Slidev.
import type { ParsedOptions } from './options.ts'
import { buildFrom } from './build-command.ts'
import { exportTalk, pageCount } from './export.ts'
import { say } from './report.ts'

/** Run `talkdown export`. */
export async function exportCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  if (options.format !== 'pdf' && options.format !== 'pptx')
    throw new TypeError(`Cannot export to \`${options.format}\`, expected pdf or pptx`)
  const built = await buildFrom(options, positionals)
  if (!built.ok || !built.deck)
    return 1
  const file = await exportTalk({ slides: options.output, output: built.deck.exportFilename, format: options.format })
  if (!file)
    return 1
  say(options.format === 'pdf' ? `✓ wrote ${file}: ${await pageCount(file)} pages for ${built.deck.slides.length} slides` : `✓ wrote ${file}`)
  return 0
}
