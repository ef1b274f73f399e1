// talkdown's command line: read arguments, run a command, return an exit code.
// Problems in the article are printed as messages; a CLIError thrown anywhere below is
// caught here, printed once as one line, and ends the run with its code. No stack trace
// reaches the user unless TALKDOWN_DEBUG=1 asks for it (scripts/io/debug.ts); an
// unexpected error (a bug, or a failure wrapped by asCliError) says how to get its stack.

import { parseArgs } from 'node:util'
import { outsideProject } from '../io/build.ts'
import { CLIError, errorMessage, exitCode } from '../io/cli-error.ts'
import { debugging, errorStack } from '../io/debug.ts'
import { say } from '../io/report.ts'
import { commands } from './commands.ts'
import { optionSpec, optionUsage } from './options.ts'

function usage(): string {
  const lines = Object.values(commands).map(command => `  ${command.usage}`)
  return `Usage: talkdown <command> [article] [options]\n\nCommands:\n${lines.join('\n')}\n\n${optionUsage}`
}

// Node's own option errors (an unknown option, a missing value) are usage mistakes too.
function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: optionSpec, allowPositionals: true })
  }
  catch (error) {
    throw new CLIError(errorMessage(error), exitCode.badInput)
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv)
  const [name, ...rest] = positionals
  if (values.help || !name) {
    say(usage())
    return values.help ? exitCode.ok : exitCode.badInput
  }
  const command = commands[name]
  if (!command)
    throw new CLIError(`Cannot run \`${name}\`, expected one of: ${Object.keys(commands).join(', ')}`, exitCode.badInput)
  // Said once the deck is written, so a failed build still prints one line; `dev` keeps running, so before.
  const outside = outsideProject(values.output)
  if (outside && name === 'dev')
    say(outside)
  const code = await command.run(values, rest)
  if (outside && name !== 'dev' && code === exitCode.ok)
    say(outside)
  return code
}

/** The lines an error that ended the run prints: its message, then its stack under `debug`, else a pointer to TALKDOWN_DEBUG when it was unexpected. */
export function errorLines(error: unknown, debug: boolean): string[] {
  const unexpected = !(error instanceof CLIError) || error.cause !== undefined
  const more = debug ? [errorStack(error)] : unexpected ? ['Run with TALKDOWN_DEBUG=1 to see where it came from (its stack).'] : []
  return [`talkdown: ${errorMessage(error)}`, ...more]
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code (see scripts/io/cli-error.ts). */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv)
  }
  catch (error) {
    // Typed failures carry their code; anything else is unexpected: one line, code 1.
    errorLines(error, debugging()).forEach(line => say(line))
    const code = error instanceof CLIError ? error.code : exitCode.failed
    if (code === exitCode.badInput)
      say('Run `talkdown --help` for usage.')
    return code
  }
}
