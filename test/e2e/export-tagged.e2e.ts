// The three ways a PDF is printed, on a copy of the seed, each checked the same way: tagged
// (`pdfinfo` says `Tagged: yes`) and bookmarked by chapter. An export while `talkdown dev`
// runs prints in the view dev keeps open, follows an edit, and gives the one-shot export's
// pages (text and pixels); dev's Chromium and state file go with dev. `talkdown export
// --watch` prints the whole deck again after an edit, and stops with its server on Ctrl-C.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { alive, devPrintFor } from '../../scripts/export/dev-print.ts'
import { generate, VFile } from '../../scripts/pipeline/index.ts'
import { root } from '../support/live-harness.ts'
import { differingPages, expectTaggedWithChapters, pageTexts } from './pdf-pages.ts'
import { squeeze } from './seed-deck.ts'

let folder: string
let article: string
let original: string
const slides = join(root, '.export-tagged-e2e.md')
const port = 3393

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'talkdown-export-tagged-'))
  article = join(folder, 'article.md')
  await copyFile(join(root, 'content/review.md'), article)
  original = await readFile(article, 'utf8')
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
  await rm(slides, { force: true })
})

// Edit one paragraph; the deck the article now makes.
async function edit(word: string) {
  const text = original.replace('推理之年', `推理之年${word}`)
  await writeFile(article, text)
  const deck = generate({ article: new VFile({ path: article, value: text }) }).deck
  if (!deck)
    throw new Error('Cannot plan the edited seed')
  return deck
}

// What the export said (its progress lines go to stderr); throws when it fails.
function exportTalk(): string {
  const run = spawnSync(process.execPath, [join(root, 'bin/talkdown.js'), 'export', article, '-o', slides], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const said = `${run.stdout}${run.stderr}`
  if (run.status !== 0)
    throw new Error(`talkdown export exited with ${run.status}:\n${said}`)
  return said
}

async function keep(name: string): Promise<string> {
  const path = join(folder, name)
  await copyFile(join(folder, 'talk.pdf'), path)
  return path
}

function showing(pdf: string, word: string): number {
  return pageTexts(pdf).filter(page => page.includes(squeeze(`推理之年${word}`))).length
}

// A child talkdown process and everything it printed.
function start(...args: string[]): { child: ChildProcess, log: () => string } {
  const child = spawn(process.execPath, [join(root, 'bin/talkdown.js'), ...args], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  return { child, log: () => log }
}

async function until(what: string, done: () => Promise<boolean> | boolean, child: ChildProcess, log: () => string, ms = 240_000): Promise<void> {
  for (const end = Date.now() + ms; !await done(); await new Promise(wait => setTimeout(wait, 300))) {
    if (Date.now() > end || child.exitCode !== null)
      throw new Error(`No ${what}. Output:\n${log()}`)
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null)
    return child.exitCode
  const exited = new Promise<number | null>(done => child.once('exit', code => done(code)))
  child.kill('SIGINT')
  return exited
}

// What `pattern` finds in the lines (pid, then command line) of the processes `pid` started: Chromium by its profile folder, Slidev by its script.
function childrenOf(pid: number, pattern: RegExp): string[] {
  // ps exits 1 when there is none.
  return spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.split('\n').flatMap(line => pattern.exec(line)?.[1] ?? [])
}

const running = (pattern: string): boolean => spawnSync('pgrep', ['-f', pattern]).status === 0

it('tags and bookmarks every PDF: an export while dev runs, a one-shot export, a --watch re-export', async () => {
  // 1. While `talkdown dev` runs: in its kept view, which follows the next edit.
  await edit('（一）')
  const dev = start('dev', article, '-o', slides, '--port', String(port))
  let profiles: string[] = []
  let inDev = ''
  try {
    await until(`server on port ${port}`, () => fetch(`http://127.0.0.1:${port}/__slidev/slides/1.json`).then(response => response.ok, () => false), dev.child, dev.log)
    expect(exportTalk()).toMatch(/printing \d+ slides in the print view of talkdown dev/)
    expect(showing(join(folder, 'talk.pdf'), '（一）')).toBe(1)
    const deck = await edit('（二）')
    const said = exportTalk()
    expect(said).toMatch(/printing \d+ slides in the print view of talkdown dev/)
    expect(said).not.toMatch(/Cannot|built the talk/)
    inDev = await keep('dev.pdf')
    expect(showing(inDev, '（二）')).toBe(1)
    await expectTaggedWithChapters(inDev, deck)
    profiles = childrenOf(dev.child.pid!, /--user-data-dir=(\S+)/)
  }
  finally {
    await stop(dev.child)
  }
  expect(profiles).toHaveLength(1)
  expect(profiles.filter(running)).toEqual([])
  expect(devPrintFor(slides)).toBeUndefined()

  // 2. One-shot, the same article: Slidev's build, the same pages.
  expect(exportTalk()).toMatch(/built the talk/)
  const oneShot = await keep('one-shot.pdf')
  await expectTaggedWithChapters(oneShot, await edit('（二）'))
  expect(differingPages(inDev, oneShot), 'pages that differ between dev\'s view and the build').toEqual([])

  // 3. --watch: the first export, then the whole deck again after an edit.
  const watch = start('export', '--watch', article, '-o', slides)
  const printed = (): number => watch.log().match(/✓ talk\.pdf: printed all \d+ slides/g)?.length ?? 0
  let servers: number[] = []
  let code: number | null
  try {
    await until('first export', () => printed() === 1, watch.child, watch.log)
    servers = childrenOf(watch.child.pid!, /^\s*(\d+) .*slidev-server/).map(Number)
    const deck = await edit('（三）')
    await until('export after the edit', () => printed() === 2, watch.child, watch.log, 120_000)
    const watched = await keep('watch.pdf')
    expect(showing(watched, '（三）')).toBe(1)
    await expectTaggedWithChapters(watched, deck)
  }
  finally {
    code = await stop(watch.child)
  }
  // Ctrl-C ends the watch with its Slidev process.
  expect(code).toBe(0)
  expect(servers).toHaveLength(1)
  await expect.poll(() => servers.filter(alive), { timeout: 10_000 }).toEqual([])
})
