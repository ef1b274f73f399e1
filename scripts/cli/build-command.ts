// `talkdown build [article]`.
import type { Deck } from '../pipeline/model.ts'
import type { BuildResult } from './build.ts'
import type { ParsedOptions } from './options.ts'
import { build } from './build.ts'
import { say } from './report.ts'

/** One line: what was written, slide and chapter counts, speaking time. */
export function summary(deck: Deck, output: string, written: boolean): string {
  const minutes = Math.max(1, Math.round(deck.slides.reduce((sum, slide) => sum + slide.seconds, 0) / 60))
  return `${written ? '✓ wrote' : '✓ unchanged'} ${output}: ${deck.slides.length} slides, ${deck.chapters.length} chapters, about ${minutes} min`
}

/** Build from the article named in `positionals` (default content/review.md) and print the summary. */
export async function buildFrom(options: ParsedOptions, positionals: string[]): Promise<BuildResult> {
  const [article = 'content/review.md', ...extra] = positionals
  if (extra.length)
    throw new TypeError(`Cannot take more than one article, expected one path (got ${positionals.join(', ')})`)
  const built = await build({ article, output: options.output, settings: options.settings, force: options.force })
  if (built.ok && built.deck)
    say(summary(built.deck, options.output, built.written))
  return built
}

/** Run `talkdown build`. */
export async function buildCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  return (await buildFrom(options, positionals)).ok ? 0 : 1
}
