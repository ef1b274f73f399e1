// Plain `talkdown export` (no --watch) with the page cache, on a copy of the seed: an
// export after a one-paragraph edit prints only the edited slide and gives the same pages
// (count and text) as a full export; an export with nothing changed prints nothing and
// keeps Chromium's tags. With `talkdown dev` open for the deck, the export prints in the
// print view dev keeps open (or, when that fails, from dev's server), says so, and the PDF
// is a plain export's page for page (text and pixels); dev's Chromium goes with dev.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { alive } from '../../scripts/export/server-state.ts'
import { root } from '../support/live-harness.ts'
import { differingPages, pageTexts } from './pdf-pages.ts'
import { squeeze } from './seed-deck.ts'

let folder: string
let article: string
let original: string
const slides = join(root, '.export-cache-e2e.md')
const port = 3393
const servers = join(root, 'node_modules/.cache/talkdown/servers')

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'talkdown-export-cache-'))
  article = join(folder, 'article.md')
  await copyFile(join(root, 'content/review.md'), article)
  original = await readFile(article, 'utf8')
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
  await rm(slides, { force: true })
})

// What the export said (its progress lines go to stderr); throws when it fails.
function exportTalk(...args: string[]): string {
  const env = { ...process.env, TALKDOWN_CACHE_DIR: join(folder, 'cache') }
  const run = spawnSync(process.execPath, [join(root, 'bin/talkdown.js'), 'export', article, '-o', slides, ...args], { cwd: folder, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const said = `${run.stdout}${run.stderr}`
  if (run.status !== 0)
    throw new Error(`talkdown export ${args.join(' ')} exited with ${run.status}:\n${said}`)
  return said
}

function tagged(pdf: string): boolean {
  return /^Tagged:\s+yes$/m.test(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))
}

async function edit(word: string): Promise<void> {
  await writeFile(article, original.replace('推理之年', `推理之年${word}`))
}

async function keep(name: string): Promise<string> {
  const path = join(folder, name)
  await copyFile(join(folder, 'talk.pdf'), path)
  return path
}

it('prints only the slide a one-paragraph edit changed, with the pages of a full export', async () => {
  expect(exportTalk()).toMatch(/✓ talk\.pdf: (\d+) pages for \1 slides/)
  const same = exportTalk()
  expect(same).toMatch(/✓ talk\.pdf: 0 of (\d+) slides printed, \1 from the cache/)
  expect(same).not.toMatch(/built the talk/)
  // Nothing changed: the one PDF printed before, whole, with its structure tree.
  expect(tagged(join(folder, 'talk.pdf'))).toBe(true)
  await edit('（一）')
  expect(exportTalk()).toMatch(/✓ talk\.pdf: 1 of (\d+) slides printed, \d+ from the cache/)
  const merged = pageTexts(await keep('merged.pdf'))
  expect(merged.filter(page => page.includes(squeeze('推理之年（一）')))).toHaveLength(1)
  expect(exportTalk('--no-cache')).toMatch(/✓ talk\.pdf: (\d+) pages for \1 slides/)
  expect(pageTexts(join(folder, 'talk.pdf'))).toEqual(merged)
})

async function servedBy(dev: ChildProcess, log: () => string): Promise<void> {
  for (const end = Date.now() + 120_000; ; await new Promise(done => setTimeout(done, 300))) {
    if (await fetch(`http://127.0.0.1:${port}/__slidev/slides/1.json`).then(response => response.ok, () => false))
      return
    if (Date.now() > end || dev.exitCode !== null)
      throw new Error(`talkdown dev did not serve on port ${port}:\n${log()}`)
  }
}

// The Chromium processes `pid` started (by their profile folder, so renderers count too).
function chromiumOf(pid: number): string[] {
  const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(pid)], { encoding: 'utf8' })
  return [...children.matchAll(/--user-data-dir=(\S+)/g)].map(match => match[1]!)
}

function runningIn(profile: string): boolean {
  return spawnSync('pgrep', ['-f', profile]).status === 0
}

// A wrong token in dev's state file: its endpoint refuses the export.
async function spoilToken(): Promise<void> {
  const [name] = await readdir(servers)
  const file = join(servers, name!)
  await writeFile(file, (await readFile(file, 'utf8')).replace(/"token":"[^"]+"/, '"token":"wrong"'))
}

it('prints in the print view a running `talkdown dev` keeps open: the PDF of a plain export, page for page', async () => {
  await edit('（二）')
  expect(exportTalk('--no-cache')).toMatch(/built the talk/)
  const built = await keep('built.pdf')
  const dev = spawn(process.execPath, [join(root, 'bin/talkdown.js'), 'dev', article, '-o', slides, '--port', String(port)], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  dev.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  dev.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  let profiles: string[] = []
  try {
    await servedBy(dev, () => log)
    // The session's first export loads only the slide it prints; the whole deck loads after it.
    const first = exportTalk()
    expect(first).toMatch(/printing 1 slide in the open print view of talkdown dev/)
    expect(first).not.toMatch(/built the talk|Cannot/)
    // (The export ran synchronously: dev's output is read once the test's event loop runs again.)
    await expect.poll(() => log).toMatch(/keeping a print view open for exports; it closes with dev/)
    expect(differingPages(await keep('first.pdf'), built), 'pages that differ, first export').toEqual([])
    const whole = exportTalk('--no-cache')
    expect(whole).toMatch(/printing \d+ slides in the open print view of talkdown dev/)
    expect(whole).not.toMatch(/Cannot/)
    expect(differingPages(await keep('served.pdf'), built), 'pages that differ').toEqual([])
    // The usual case: an edit with dev open prints that slide in the kept view, hot-updated.
    await edit('（三）')
    const one = exportTalk()
    expect(one).toMatch(/✓ talk\.pdf: 1 of (\d+) slides printed/)
    expect(one).toMatch(/in the open print view of talkdown dev/)
    await keep('edited.pdf')
    profiles = chromiumOf(dev.pid!)
    // An endpoint that refuses: the export says so in one line and prints from dev's server itself.
    await spoilToken()
    const fallback = exportTalk('--no-cache')
    expect(fallback).toMatch(/Cannot print in the print view of talkdown dev .*answered 403.*; opening one here/)
    expect(fallback).toMatch(/printing from the server of talkdown dev/)
    await keep('fallback.pdf')
  }
  finally {
    dev.kill('SIGINT')
    await new Promise(done => dev.once('exit', done))
  }
  // Chromium and the state file go with dev: the next export builds again.
  expect(profiles).toHaveLength(1)
  expect(profiles.filter(runningIn)).toEqual([])
  expect(alive(dev.pid!)).toBe(false)
  expect(await readdir(servers)).toEqual([])
  expect(exportTalk('--no-cache')).toMatch(/built the talk/)
  const plain = await keep('plain.pdf')
  expect(differingPages(join(folder, 'edited.pdf'), plain), 'pages that differ after the edit').toEqual([])
  expect(differingPages(join(folder, 'fallback.pdf'), plain), 'pages that differ, printed from the server').toEqual([])
})
