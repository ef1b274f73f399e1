// A running `talkdown dev` or `talkdown export --watch` tells a later `talkdown export` of
// the same deck where its Slidev server is: a small state file (process, port, deck path)
// written when the server starts and removed when the command ends. The export checks
// that the process lives and that the server serves this very slides.md before using it.
// `talkdown dev` also keeps a print view open for exports (warm-print.ts): the file then
// names its endpoint and a token for it, readable by this user only.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseSync } from '@slidev/parser'
import { digest } from '../pipeline/index.ts'

/** What a server's state file says. */
export interface ServerState {
  /** The talkdown process that runs the server. */
  pid: number
  port: number
  /** Absolute path of the slides.md it serves. */
  entry: string
  /** The command, for the export's message. */
  command: 'talkdown dev' | 'talkdown export --watch'
  /** The process's own print endpoint (print-endpoint.ts), when it keeps a print view open. */
  print?: PrintEndpoint
}

/** Where a running process prints slides for an export: a port on 127.0.0.1 and the token it asks for. */
export interface PrintEndpoint { port: number, token: string }

/** A live server for a deck: base URL, the command (with pid and port, for messages), its print endpoint. */
export interface LiveServer { url: string, command: string, print?: PrintEndpoint }

/** The state file for the deck `entry`, beside the page cache. */
export function serverStateFile(entry: string): string {
  const path = resolve(entry)
  return join(dirname(path), 'node_modules/.cache/talkdown/servers', `${digest(path, 'hex', 16)}.json`)
}

/** Write the state file of a server on `port` for `entry`; the returned function (also run on exit) removes it. */
export function announceServer(entry: string, port: number, command: ServerState['command'], print?: PrintEndpoint): () => void {
  const file = serverStateFile(entry)
  const state: ServerState = { pid: process.pid, port, entry: resolve(entry), command, print }
  mkdirSync(dirname(file), { recursive: true })
  // Only this user may read the token (mode applies when the file is created; rm first).
  rmSync(file, { force: true })
  writeFileSync(file, `${JSON.stringify(state)}\n`, { mode: 0o600 })
  const remove = (): void => {
    process.off('exit', remove)
    rmSync(file, { force: true })
  }
  process.on('exit', remove)
  return remove
}

/** What the state file for `entry` says, if there is one and its process lives. */
export function announced(entry: string): ServerState | undefined {
  try {
    const state = JSON.parse(readFileSync(serverStateFile(entry), 'utf8')) as ServerState
    return state.entry === resolve(entry) && alive(state.pid) ? state : undefined
  }
  catch {
    return undefined
  }
}

/** Whether process `pid` is still running (signal 0 only checks). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

/** Whether the server at `url` has each slide of `markdown` as its own copy (Slidev's `/__slidev/slides/<no>.json`); rejects when it does not answer. */
export async function servesDeck(url: string, markdown: string): Promise<boolean> {
  const slides = parseSync(markdown, 'slides.md').slides
  const answers = await Promise.all([...slides, undefined].map(async (_slide, index) => {
    const response = await fetch(`${url}/__slidev/slides/${index + 1}.json`, { signal: AbortSignal.timeout(2000) })
    return response.ok ? (await response.json() as { content?: string }).content?.trim() : undefined
  }))
  return answers.every((content, index) => content === slides[index]?.content.trim())
}

/** The base URL and command of a live server for `entry` serving `markdown` (waiting up to `waitMs` for it to take a fresh write), if there is one. */
export async function runningServer(entry: string, markdown: string, waitMs = 5000): Promise<LiveServer | undefined> {
  const state = announced(entry)
  if (!state)
    return undefined
  const url = `http://127.0.0.1:${state.port}`
  for (const end = Date.now() + waitMs; ; await sleep(100)) {
    // No answer at all: the server is not (or no longer) listening; do not wait for it.
    const same = await servesDeck(url, markdown).catch(() => undefined)
    if (same)
      return { url, command: `${state.command} (pid ${state.pid}, port ${state.port})`, print: state.print }
    if (same === undefined || Date.now() > end)
      return undefined
  }
}
