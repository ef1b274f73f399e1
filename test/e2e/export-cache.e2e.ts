// Plain `talkdown export` (no --watch) with the page cache, on a copy of the seed: an
// export after a one-paragraph edit prints only the edited slide and gives the same pages
// (count and text) as a full export; an export with nothing changed prints nothing and
// keeps Chromium's tags. With `talkdown dev` open for the deck, the export prints from its
// server, says so, and the PDF is the built one page for page (text and pixels).
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { root } from '../support/live-harness.ts'
import { squeeze } from './seed-deck.ts'

let folder: string
let article: string
let original: string
const slides = join(root, '.export-cache-e2e.md')
const port = 3393

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

function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squeeze)
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

// Renders every page of `pdf` to PNGs under `prefix`; the file names in page order.
function renderPages(pdf: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-r', '36', '-png', pdf, prefix])
  return execFileSync('sh', ['-c', `ls ${prefix}-*.png`], { encoding: 'utf8' }).trim().split('\n')
}

function differingPixels(a: string, b: string): number {
  try {
    return Number(execFileSync('compare', ['-metric', 'AE', '-fuzz', '5%', a, b, 'null:'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))
  }
  catch (error) {
    // compare exits 1 when the images differ and prints the count on stderr.
    return Number(String((error as { stderr?: string }).stderr ?? 'NaN'))
  }
}

async function servedBy(dev: ChildProcess, log: () => string): Promise<void> {
  for (const end = Date.now() + 120_000; ; await new Promise(done => setTimeout(done, 300))) {
    if (await fetch(`http://127.0.0.1:${port}/__slidev/slides/1.json`).then(response => response.ok, () => false))
      return
    if (Date.now() > end || dev.exitCode !== null)
      throw new Error(`talkdown dev did not serve on port ${port}:\n${log()}`)
  }
}

it('prints from the server of a running `talkdown dev` for the deck: the same PDF page for page', async () => {
  await edit('（二）')
  expect(exportTalk('--no-cache')).toMatch(/built the talk/)
  const built = await keep('built.pdf')
  const dev = spawn(process.execPath, [join(root, 'bin/talkdown.js'), 'dev', article, '-o', slides, '--port', String(port)], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  dev.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  dev.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  try {
    await servedBy(dev, () => log)
    const whole = exportTalk('--no-cache')
    expect(whole).toMatch(/printing from the server of talkdown dev/)
    expect(whole).not.toMatch(/built the talk/)
    const served = await keep('served.pdf')
    expect(pageTexts(served)).toEqual(pageTexts(built))
    const ours = renderPages(served, join(folder, 'served'))
    const theirs = renderPages(built, join(folder, 'built'))
    expect(ours).toHaveLength(theirs.length)
    expect(ours.flatMap((png, index) => differingPixels(png, theirs[index]!) > 0 ? [index + 1] : []), 'pages that differ').toEqual([])
    // The usual case: an edit with the dev server open prints that slide from it.
    await edit('（三）')
    const one = exportTalk()
    expect(one).toMatch(/printing from the server of talkdown dev/)
    expect(one).toMatch(/✓ talk\.pdf: 1 of (\d+) slides printed/)
  }
  finally {
    dev.kill('SIGINT')
    await new Promise(done => dev.once('exit', done))
  }
  // The state file goes with the server: the next export builds again.
  expect(execFileSync('sh', ['-c', `ls ${join(root, 'node_modules/.cache/talkdown/servers')} | wc -l`], { encoding: 'utf8' }).trim()).toBe('0')
})
