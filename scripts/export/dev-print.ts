// How a `talkdown export` prints in the print view a running `talkdown dev` keeps open for it
// (kept-view.ts). Dev writes a state file beside the deck, `node_modules/.cache/talkdown/
// servers/<hash>.json` (its pid, the deck's path, a port and a token), readable by this user
// only, and removes it when it ends. It answers on 127.0.0.1 only, to POST requests that carry
// the token: `/open` loads the view while the export generates, `/print` prints the whole deck
// as slides.md has it then. The token keeps out what may reach a local port without reading
// the file: another user, a web page posting to 127.0.0.1.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { KeptView } from './kept-view.ts'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { passed } from '../io/debug.ts'
import { digest } from '../pipeline/index.ts'

/** What dev's state file says. */
export interface DevPrint {
  /** The `talkdown dev` process. */
  pid: number
  /** Absolute path of its slides.md. */
  entry: string
  /** Where it answers on 127.0.0.1, and the token it asks for. */
  port: number
  token: string
}

/** The state file for the deck `entry`. */
export function devPrintFile(entry: string): string {
  const path = resolve(entry)
  return join(dirname(path), 'node_modules/.cache/talkdown/servers', `${digest(path, 'hex', 16)}.json`)
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

/** The running `talkdown dev` that prints the deck `entry`, if there is one. */
export function devPrintFor(entry: string): DevPrint | undefined {
  try {
    const state = JSON.parse(readFileSync(devPrintFile(entry), 'utf8')) as DevPrint
    return state.entry === resolve(entry) && alive(state.pid) ? state : undefined
  }
  catch {
    return undefined
  }
}

function allowed(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '')
  const expected = Buffer.from(`Bearer ${token}`)
  return request.method === 'POST' && given.length === expected.length && timingSafeEqual(given, expected)
}

async function answer(request: IncomingMessage, response: ServerResponse, token: string, kept: KeptView): Promise<void> {
  const reply = (status: number, text: string): void => void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
  if (!allowed(request, token))
    return reply(403, 'not allowed')
  if (request.url === '/open') {
    kept.open()
    return reply(202, 'opening')
  }
  if (request.url !== '/print')
    return reply(404, 'expected /open or /print')
  try {
    const { pdf } = await kept.print()
    response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf)
  }
  catch (error) {
    reply(500, error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

/** Answer exports of the deck `entry` from `kept` on a free port of 127.0.0.1 behind a new token, and write the state file; `close` undoes both. */
export async function serveDevPrint(entry: string, kept: KeptView): Promise<{ close: () => Promise<void> }> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer((request, response) => void answer(request, response, token, kept))
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done))
  const address = server.address()
  const state: DevPrint = { pid: process.pid, entry: resolve(entry), port: typeof address === 'object' && address ? address.port : 0, token }
  const file = devPrintFile(entry)
  mkdirSync(dirname(file), { recursive: true })
  // Only this user may read the token (the mode applies when the file is created: remove it first).
  rmSync(file, { force: true })
  writeFileSync(file, `${JSON.stringify(state)}\n`, { mode: 0o600 })
  const forget = (): void => rmSync(file, { force: true })
  process.on('exit', forget)
  return {
    close: () => new Promise<void>((done) => {
      process.off('exit', forget)
      forget()
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

function post(dev: DevPrint, path: '/open' | '/print'): Promise<Response> {
  return fetch(`http://127.0.0.1:${dev.port}${path}`, { method: 'POST', headers: { authorization: `Bearer ${dev.token}` }, signal: AbortSignal.timeout(180_000) })
}

/** Ask dev to print the whole deck; rejects with one line when it cannot. */
export async function askDevPrint(dev: DevPrint): Promise<Uint8Array> {
  const response = await post(dev, '/print')
  if (!response.ok)
    throw new Error(`it answered ${response.status}: ${(await response.text()).trim()}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** Ask dev to load its print view now (while the export generates); a failure shows when the export asks it to print. */
export function askDevOpen(dev: DevPrint): void {
  post(dev, '/open').then(response => response.body?.cancel(), (error: unknown) => passed('asking talkdown dev to open its print view', error))
}
