// Facts about the machine and tools, so figures can be compared with other runs.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import process from 'node:process'

/** The machine and tool versions a run was made with. */
export interface Machine {
  cpu: string
  cores: number
  ramGiB: number
  node: string
  chromium: string
  pandoc: string
  marp: string
  slidev: string
}

// First line of a tool's version output; the Debian chromium wrapper prints noise on stderr, so stdout only.
function version(program: string, args: string[]): string {
  if (program.startsWith('/') && !existsSync(program))
    return 'not installed'
  try {
    return execFileSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim().split('\n')[0] ?? 'unknown'
  }
  catch {
    return 'not installed'
  }
}

function packageVersion(name: string): string {
  const path = new URL(`../node_modules/${name}/package.json`, import.meta.url)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version : 'not installed'
}

/** Describe this machine; `chromium` is the browser both exporters are given. */
export function machine(chromium: string | undefined): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromium ? `${version(chromium, ['--version'])} (${chromium})` : 'not found',
    pandoc: version('/usr/bin/pandoc', ['--version']),
    marp: `@marp-team/marp-cli ${packageVersion('@marp-team/marp-cli')}`,
    slidev: `@slidev/cli ${packageVersion('@slidev/cli')}`,
  }
}

/** The 1, 5 and 15 minute load averages, rounded, e.g. "0.52 / 0.80 / 1.10". */
export function load(): string {
  return loadavg().map(value => value.toFixed(2)).join(' / ')
}
