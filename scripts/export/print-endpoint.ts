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
  return request.method === 'POST' && request.url === '/print' && given.length === expected.length && timingSafeEqual(given, expected)
}

async function answer(request: IncomingMessage, response: ServerResponse, token: string, print: (asked: PrintRequest) => Promise<Uint8Array>): Promise<void> {
  const reply = (status: number, text: string): void => void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
  if (!allowed(request, token))
    return reply(403, 'not allowed')
  const asked = printRequest(await bodyOf(request).then(JSON.parse).catch(() => undefined))
  if (!asked)
    return reply(400, 'expected keys, width, height and ranges')
  try {
    const pdf = await print(asked)
    response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf)
  }
  catch (error) {
    reply(500, error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

/** Serve `print` on a free port of 127.0.0.1 behind a new random token. */
export async function servePrints(print: (asked: PrintRequest) => Promise<Uint8Array>): Promise<PrintServer> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer((request, response) => void answer(request, response, token, print))
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const close = (): Promise<void> => new Promise<void>((done) => {
    server.close(() => done())
    server.closeAllConnections()
  })
  return { endpoint: { port, token }, close }
}

/** Ask the endpoint for the pages of `asked`; rejects with one line when it cannot print them. */
export async function askPrint(endpoint: PrintEndpoint, asked: PrintRequest): Promise<Uint8Array> {
  const response = await fetch(`http://127.0.0.1:${endpoint.port}/print`, {
    method: 'POST',
    headers: { 'authorization': `Bearer ${endpoint.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(asked),
    signal: AbortSignal.timeout(120_000),
  })
  if (!response.ok)
    throw new Error(`it answered ${response.status}: ${(await response.text()).trim()}`)
  return new Uint8Array(await response.arrayBuffer())
}
