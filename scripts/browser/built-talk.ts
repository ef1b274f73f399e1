// Build a Slidev deck into a temporary static site and serve it on 127.0.0.1, for
// as long as a callback needs it; the site is removed afterwards.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { slidevBin } from '../io/slidev-bin.ts'
import { serveStatic } from './serve-static.ts'

/** Run `slidev build` of `slides` into `out` (base `/`); its long log is kept and returned, for showing only on failure. */
export function slidevBuild(slides: string, out: string): Promise<{ ok: boolean, log: string }> {
  return new Promise((resolve) => {
    const chunks: string[] = []
    const child = spawn(process.execPath, [slidevBin(), 'build', slides, '--out', out, '--base', '/'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', chunk => chunks.push(String(chunk)))
    child.stderr.on('data', chunk => chunks.push(String(chunk)))
    child.on('close', code => resolve({ ok: code === 0, log: chunks.join('') }))
    child.on('error', error => resolve({ ok: false, log: error.message }))
  })
}

/** Build `slides` with Slidev, serve the site, and run `use` with its base URL; undefined when the build failed (its log is printed). */
export async function withBuiltTalk<T>(slides: string, say: (line: string) => void, use: (url: string) => Promise<T>): Promise<T | undefined> {
  const out = await mkdtemp(join(tmpdir(), 'talkdown-site-'))
  try {
    const started = Date.now()
    const built = await slidevBuild(slides, out)
    if (!built.ok) {
      say(built.log.trimEnd())
      say(`Slidev could not build ${slides}; see its messages above.`)
      return undefined
    }
    say(`  built the site with Slidev in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    const server = await serveStatic(out)
    try {
      return await use(server.url)
    }
    finally {
      await server.close()
    }
  }
  finally {
    await rm(out, { recursive: true, force: true })
  }
}
