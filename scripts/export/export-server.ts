// The parent's handle on slidev-server.mjs: forked before the deck is built (it loads
// Slidev meanwhile), given its job once the slides exist, stopped at the end.
import type { ChildProcess } from 'node:child_process'
import { fork } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { phaseTook } from './export-profile.ts'

/** A Slidev process for exporting. */
export interface ExportServer {
  /** Serve `entry` (a Slidev Markdown file beside styles/ and components/) with hot updates; resolves to the base URL. */
  serve: (entry: string) => Promise<string>
  /** Build `entry` into the static site folder `outDir`, print view included. */
  build: (entry: string, outDir: string) => Promise<void>
  /** Called when slides.md changed in a way Slidev cannot hot-update (theme, fonts …). */
  onRestart: (listener: (reason: string) => void) => void
  /** Stop the process. */
  close: () => Promise<void>
}

interface Message { type: string, port?: number, message?: string, reason?: string, phases?: Record<string, number> }

// Our components import these; naming them spares the page reload Vite does when it
// finds a dependency only once a slide needs it.
const include = ['d3-format', 'd3-scale']

// Export mode's optimized dependencies differ from the dev server's (other defines and
// plugins), so sharing node_modules/.vite would make each re-bundle them for the other.
function cacheDir(entry: string): string {
  return resolve(dirname(entry), 'node_modules/.vite-talkdown-export')
}

function exited(child: ChildProcess, output: () => string): Promise<never> {
  return new Promise((_done, fail) => child.once('exit', (code) => {
    const last = output().trim().split('\n').filter(Boolean).at(-1)
    fail(new Error(`the Slidev process stopped (exit code ${code ?? 'none'})${last ? `: ${last}` : ''}`))
  }))
}

/** Fork the Slidev process; it starts loading Slidev at once. */
export function startExportServer(): ExportServer {
  // Two folders up and back down: right from scripts/export/ and from the CLI bundle in bin/dist/.
  const script = fileURLToPath(new URL('../../scripts/export/slidev-server.mjs', import.meta.url))
  // No tsx loader in the child (execArgv empty): it only runs plain JavaScript.
  const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
  let output = ''
  const keep = (chunk: unknown): void => {
    output = `${output}${String(chunk)}`.slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const gone = exited(child, () => output)
  gone.catch(() => {})
  const listeners: ((reason: string) => void)[] = []
  // One job per process: its answer is the first `listening`, `built` or `failed` message.
  const job = (type: 'serve' | 'build', entry: string, outDir = ''): Promise<Message> => {
    const answered = new Promise<Message>((done, fail) => child.on('message', (message: Message) => {
      if (message.type === 'restart')
        listeners.forEach(listener => listener(message.reason ?? 'the deck changed'))
      else if (message.type === 'failed')
        fail(new Error(message.message))
      else
        done(message)
    }))
    child.send({ type, entry: resolve(entry), cacheDir: cacheDir(resolve(entry)), include, outDir })
    return Promise.race([answered, gone])
  }
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null)
      return
    const ended = new Promise(done => child.once('exit', done))
    child.send({ type: 'stop' }, () => {})
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await ended
    clearTimeout(timer)
  }
  return {
    serve: async entry => `http://127.0.0.1:${(await job('serve', entry)).port}`,
    build: async (entry, outDir) => {
      const built = await job('build', entry, outDir)
      Object.entries(built.phases ?? {}).forEach(([phase, ms]) => phaseTook(phase, ms))
    },
    onRestart: listener => listeners.push(listener),
    close,
  }
}
