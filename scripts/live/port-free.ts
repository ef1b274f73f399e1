// Slidev reports a busy port with a stack trace; we check first and say it in one line.
import { createServer } from 'node:net'

/** Resolves true when `port` can be listened on at localhost (where Slidev listens). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer()
    server.once('error', () => done(false))
    server.listen(port, 'localhost', () => server.close(() => done(true)))
  })
}
