// The CLI's commands, one module each; main.ts parses arguments and dispatches here.
import type { ParsedOptions } from './options.ts'

/** A command: gets the parsed options and positionals, resolves to an exit code. */
export type Command = (options: ParsedOptions, positionals: string[]) => Promise<number>

// Each command is loaded only when run: `build` should not pay for Playwright, pdf-lib
// or the watcher at start-up.
const buildCommand: Command = async (options, positionals) => (await import('./build-command.ts')).buildCommand(options, positionals)
const checkCommand: Command = async (options, positionals) => (await import('./check-command.ts')).checkCommand(options, positionals)
const devCommand: Command = async (options, positionals) => (await import('./dev-command.ts')).devCommand(options, positionals)
const statsCommand: Command = async (options, positionals) => (await import('./stats-command.ts')).statsCommand(options, positionals)
const exportCommand: Command = async (options, positionals) => (await import('./export-command.ts')).exportCommand(options, positionals)

/** Commands by name, with a one-line description for the help text. */
export const commands: Record<string, { run: Command, usage: string }> = {
  build: { run: buildCommand, usage: 'build [article]    Generate slides.md from the article (default content/review.md)' },
  check: { run: checkCommand, usage: 'check [article]    Build, render every slide in Chromium, and fit what overflows (writes <article>.fit.json)' },
  dev: { run: devCommand, usage: 'dev [article]      Serve the talk and regenerate slides.md on every save of the article (--port, default 3030)' },
  stats: { run: statsCommand, usage: 'stats [article]    Build, render every slide in Chromium, and print slides, minutes, seconds per slide, shown/said, thin and cut slides (--json)' },
  export: { run: exportCommand, usage: 'export [article]   Build, then export the talk to talk.pdf (--format pptx for an editable talk.pptx, pptx-images for pictures; --watch to re-export on every save)' },
}
