// `talkdown build [article]`.

import type { BuildResult } from '../io/build.ts'
import type { ExitCode } from '../io/cli-error.ts'
import type { ParsedOptions } from './options.ts'
import { build } from '../io/build.ts'
import { exitCode } from '../io/cli-error.ts'
import { say } from '../io/report.ts'
import { summary } from '../io/summary.ts'
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

/** The exit code of a build: 2 when the article or its settings stopped it, 1 for hand edits kept. */
export function buildExit(built: BuildResult): ExitCode {
  if (built.ok && built.deck)
    return exitCode.ok
  return built.stopped === 'input' ? exitCode.badInput : exitCode.failed
}

/** Run `talkdown build`. */
export async function buildCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  return buildExit(await buildFrom(options, positionals))
}
