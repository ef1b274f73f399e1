// talkdown's command line: read arguments, run a command, return an exit code.
// Problems in the article are printed as messages; no stack trace reaches the user.
import { parseArgs } from 'node:util'
import { say } from '../io/report.ts'
import { commands } from './commands.ts'
import { optionSpec, optionUsage } from './options.ts'

function usage(): string {
  const lines = Object.values(commands).map(command => `  ${command.usage}`)
  return `Usage: talkdown <command> [article] [options]\n\nCommands:\n${lines.join('\n')}\n\n${optionUsage}`
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: optionSpec, allowPositionals: true })
  const [name, ...rest] = positionals
  if (values.help || !name) {
    say(usage())
    return values.help ? 0 : 1
  }
  const command = commands[name]
  if (!command)
    throw new TypeError(`Cannot run \`${name}\`, expected one of: ${Object.keys(commands).join(', ')}`)
  return command.run(values, rest)
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv)
  }
  catch (error) {
    // Option mistakes and unexpected failures: one line, no stack trace.
    say(`talkdown: ${error instanceof Error ? error.message : String(error)}`)
    say('Run `talkdown --help` for usage.')
    return 1
  }
}
