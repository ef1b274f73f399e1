// A static file server for a built Slidev site, on 127.0.0.1 only, so checks and
// exports never depend on (or reach) anything outside this machine.
import type { Server } from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/** A running server. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4100`. */
  url: string
  /** Stop listening. */
  close: () => Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

// Maps a URL path to a file under `root`; unknown paths get index.html (the SPA routes).
async function resolveFile(root: string, urlPath: string): Promise<string> {
  const relative = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '')
  const file = join(root, relative)
  if (file.startsWith(root + sep) || file === root) {
    const found = await stat(file).catch(() => undefined)
    if (found?.isFile())
      return file
  }
  return join(root, 'index.html')
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => resolve(true))
  })
}

/** Serve `root` on the first free port in 4100–4199 of 127.0.0.1. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    resolveFile(root, request.url ?? '/').then((file) => {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(response)
    }, () => response.writeHead(500).end())
  })
  for (let port = 4100; port < 4200; port++) {
    if (await listen(server, port))
      return { url: `http://127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(() => resolve())) }
  }
  throw new Error('Cannot serve the built talk, expected a free port in 127.0.0.1:4100-4199')
}
