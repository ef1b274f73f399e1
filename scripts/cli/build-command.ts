import type { BuildResult } from '../io/build.ts'
import type { ParsedOptions } from './options.ts'
import { build } from '../io/build.ts'
import { say } from '../io/report.ts'
import { summary } from '../io/summary.ts'
// `talkdown build [article]`.
import { articleArgument } from './article-argument.ts'
import { minutesOption } from './minutes-option.ts'

/** Build from the article named in `positionals` (default content/review.md) and print the summary. */
export async function buildFrom(options: ParsedOptions, positionals: string[]): Promise<BuildResult> {
  const article = articleArgument(positionals)
  const built = await build({ article, output: options.output, settings: options.settings, force: options.force, minutes: minutesOption(options.minutes) })
  if (built.ok && built.deck)
    say(summary(built.deck, options.output, built.written))
  return built
}

/** Run `talkdown build`. */
export async function buildCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  return (await buildFrom(options, positionals)).ok ? 0 : 1
}
