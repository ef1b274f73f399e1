// Time a whole child process, start-up included: that is what a user waits for.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { since } from './stats.ts'

/** A command to run: program, arguments, and where. */
export interface Command {
  /** Program to start. */
  program: string
  /** Its arguments. */
  args: string[]
  /** Working directory; the project root when absent. */
  cwd?: string
  /** Extra environment variables. */
  env?: Record<string, string>
  /** Pass the child's stderr through as it comes, for long runs that report progress. */
  showStderr?: boolean
  /** Stop the child after this many ms instead of letting one row eat the bench's time budget. */
  timeoutMs?: number
}

/** What a finished process left behind. */
export interface Finished {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number
  /** Everything it wrote to stdout. */
  stdout: string
  /** Everything it wrote to stderr. */
  stderr: string
  /** Set when `timeoutMs` stopped it: its peak RSS (MiB) just before, from /proc (Linux). */
  stopped?: { peakMiB: number | undefined }
}

// VmHWM is the process's peak resident set so far; read before the kill, as it goes with the process.
function peakMiB(pid: number | undefined): number | undefined {
  const status = pid === undefined ? undefined : readFileSafe(`/proc/${pid}/status`)
  const kib = status && /^VmHWM:\s+(\d+) kB/mu.exec(status)?.[1]
  return kib ? Math.round(Number(kib) / 1024) : undefined
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  }
  catch {
    return undefined
  }
}

/** Run `command` to its end; rejects when it fails, with its last output, so a broken row is never timed. */
export function runProcess(command: Command): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(command.program, command.args, {
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (command.showStderr)
        process.stderr.write(chunk)
    })
    let stopped: Finished['stopped']
    const timer = command.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          stopped = { peakMiB: peakMiB(child.pid) }
          child.kill('SIGKILL')
        }, command.timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      const ms = since(start)
      if (code === 0 || stopped)
        resolve({ ms, stdout, stderr, stopped })
      else
        reject(new Error(`\`${shown(command)}\` exited with ${code}: ${(stderr || stdout).trim().split('\n').slice(-5).join(' | ')}`))
    })
  })
}

/** The command as a shell line, for reports. */
export function shown(command: Command): string {
  return [command.program, ...command.args].map(word => /[\s"']/.test(word) ? JSON.stringify(word) : word).join(' ')
}

/** A talkdown command left running (`dev`, `export --watch`): what it printed so far, and how to stop it with Ctrl-C. */
export interface Running {
  /** Everything it wrote to stdout and stderr so far. */
  log: () => string
  /** Send SIGINT and wait for it to exit. */
  stop: () => Promise<void>
  /** The command line, for the report. */
  command: string
  /** Whether it has exited. */
  exited: () => boolean
}

/** Start `args` with this Node, in `cwd`, using `chromium`. */
export function startRunning(args: string[], cwd: string, chromium: string): Running {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CHROMIUM_PATH: chromium }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const stop = async (): Promise<void> => {
    const gone = new Promise(done => child.once('exit', done))
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGINT')
    await gone
  }
  return { log: () => log, stop, command: `${process.execPath} ${args.join(' ')}`, exited: () => child.exitCode !== null }
}
