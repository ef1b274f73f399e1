// Both ends of the way a `talkdown export` asks a running `talkdown dev` to print slides
// from the print view it keeps open (warm-print.ts): an HTTP endpoint on 127.0.0.1 with a
// random token per session. Only the state file (server-state.ts, mode 0600) tells the
// port and token, so only a process of this user that can read it may ask.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PrintEndpoint } from './server-state.ts'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'

/** What an export asks for. */
export interface PrintRequest {
  /** The deck's page keys as the export read slides.md (the Slidev server serves that text). */
  keys: string[]
  /** Canvas size in CSS pixels. */
  width: number
  height: number
  /** Chromium's page ranges to print (e.g. `3,7-9`); every page when absent. */
  ranges?: string
}

/** The endpoint, listening. */
export interface PrintServer {
  endpoint: PrintEndpoint
  close: () => Promise<void>
}

// A request body, checked field by field: it crosses a process boundary.
function printRequest(value: unknown): PrintRequest | undefined {
  const body = value as Partial<PrintRequest> | null
  const keys = Array.isArray(body?.keys) && body.keys.every(key => typeof key === 'string') ? body.keys : undefined
  const size = Number.isInteger(body?.width) && Number.isInteger(body?.height)
  const ranges = body?.ranges === undefined || (typeof body.ranges === 'string' && /^[\d,-]+$/u.test(body.ranges))
  return keys && keys.length && size && ranges ? { keys, width: body!.width!, height: body!.height!, ranges: body!.ranges } : undefined
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request)
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function allowed(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '')
  const expected = Buffer.from(`Bearer ${token}`)
  return request.method === 'POST' && ['/print', '/start'].includes(request.url ?? '') && given.length === expected.length && timingSafeEqual(given, expected)
}

async function answer(request: IncomingMessage, response: ServerResponse, token: string, prints: Prints): Promise<void> {
  const reply = (status: number, text: string): void => void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
  if (!allowed(request, token))
    return reply(403, 'not allowed')
  if (request.url === '/start')
    return reply(202, prints.start())
  const asked = printRequest(await bodyOf(request).then(JSON.parse).catch(() => undefined))
  if (!asked)
    return reply(400, 'expected keys, width, height and ranges')
  try {
    const pdf = await prints.print(asked)
    response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf)
  }
  catch (error) {
    reply(500, error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

/** What the endpoint serves: `print` the pages asked for; `start` Chromium ahead of them (an export asks while it generates), saying what it did. */
export interface Prints { print: (asked: PrintRequest) => Promise<Uint8Array>, start: () => string }

/** Serve `prints` on a free port of 127.0.0.1 behind a new random token. */
export async function servePrints(prints: Prints): Promise<PrintServer> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer((request, response) => void answer(request, response, token, prints))
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const close = (): Promise<void> => new Promise<void>((done) => {
    server.close(() => done())
    server.closeAllConnections()
  })
  return { endpoint: { port, token }, close }
}

function post(endpoint: PrintEndpoint, path: string, body: unknown): Promise<Response> {
  const headers = { 'authorization': `Bearer ${endpoint.token}`, 'content-type': 'application/json' }
  return fetch(`http://127.0.0.1:${endpoint.port}${path}`, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(120_000) })
}

/** Ask the endpoint for the pages of `asked`; rejects with one line when it cannot print them. */
export async function askPrint(endpoint: PrintEndpoint, asked: PrintRequest): Promise<Uint8Array> {
  const response = await post(endpoint, '/print', asked)
  if (!response.ok)
    throw new Error(`it answered ${response.status}: ${(await response.text()).trim()}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** Ask the endpoint to start its Chromium now, if it has not; a failure shows later, when the export asks it to print. */
export function askStart(endpoint: PrintEndpoint): void {
  post(endpoint, '/start', {}).then(response => response.body?.cancel(), () => {})
}
