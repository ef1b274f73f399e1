// `talkdown export --watch` end to end, on a copy of the seed: one edit re-prints only
// the edited slide; its page shows the new text and every other page is the same page
// object as before (same content stream), and Ctrl-C stops the watch and its server.

import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { PDFDocument, PDFRawStream } from 'pdf-lib'
import { alive } from '../../scripts/export/server-state.ts'
import { root } from '../support/live-harness.ts'
import { pdfBookmarks } from '../support/pdf-outline.ts'
import { squeeze } from './seed-deck.ts'

let folder: string
let child: ChildProcess
let log = ''
const output = join(root, '.export-watch-e2e.md')

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'talkdown-export-watch-'))
  await copyFile(join(root, 'content/review.md'), join(folder, 'article.md'))
  child = spawn(process.execPath, [join(root, 'bin/talkdown.js'), 'export', '--watch', join(folder, 'article.md'), '-o', output], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  await printed(/✓ talk\.pdf: rendered all \d+ slides/, 240_000)
}, 300_000)

afterAll(async () => {
  if (child && child.exitCode === null)
    child.kill('SIGKILL')
  await rm(folder, { recursive: true, force: true })
  await rm(output, { force: true })
})

// Resolves once the watch has printed a line matching `pattern`; rejects with its output after `ms`.
async function printed(pattern: RegExp, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !pattern.test(log); await new Promise(done => setTimeout(done, 200))) {
    if (Date.now() > end || child.exitCode !== null)
      throw new Error(`No line matching ${pattern} from \`talkdown export --watch\`. Output:\n${log}`)
  }
}

function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squeeze)
}

// A fingerprint of each page's drawing instructions, as stored in the file.
async function pageStreams(pdf: string): Promise<string[]> {
  const document = await PDFDocument.load(await readFile(pdf))
  return document.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents && 'asArray' in contents ? contents.asArray() : [contents]
    const bytes = streams.map(entry => document.context.lookup(entry)).filter(stream => stream instanceof PDFRawStream).map(stream => stream.contents)
    return createHash('sha256').update(Buffer.concat(bytes)).digest('hex')
  })
}

it('re-prints only the edited slide and keeps the other pages as they were', async () => {
  const pdf = join(folder, 'talk.pdf')
  const [textsBefore, streamsBefore] = [pageTexts(pdf), await pageStreams(pdf)]
  // The first export is printed whole: tagged, with the deck's bookmarks.
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
  const bookmarks = await pdfBookmarks(await readFile(pdf))
  expect(bookmarks.length).toBeGreaterThan(5)
  const article = join(folder, 'article.md')
  await writeFile(article, (await readFile(article, 'utf8')).replace('推理之年', '推理之年E2E'))
  await printed(/✓ talk\.pdf: re-rendered \d+ of \d+ slides in [\d.]+ s/, 120_000)
  expect(log).toMatch(/re-rendered 1 of \d+ slides/)
  const [textsAfter, streamsAfter] = [pageTexts(pdf), await pageStreams(pdf)]
  expect(textsAfter).toHaveLength(textsBefore.length)
  const changed = textsAfter.flatMap((text, index) => text === textsBefore[index] ? [] : [index])
  expect(changed).toHaveLength(1)
  expect(textsAfter[changed[0]!]).toContain('推理之年E2E')
  expect(streamsAfter.filter((stream, index) => index !== changed[0] && stream !== streamsBefore[index])).toEqual([])
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/NotoSansSC/)
  // A merged re-export keeps the bookmarks (re-added from the deck; its tags are not kept, see README).
  expect(await pdfBookmarks(await readFile(pdf))).toEqual(bookmarks)
})

it('stops on Ctrl-C, with its Slidev server', async () => {
  const servers = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n').map(line => line.trim().split(/\s+/)).filter(([, ppid, ...args]) => Number(ppid) === child.pid && args.join(' ').includes('slidev-server'))
  expect(servers).toHaveLength(1)
  const exited = new Promise<number | null>(done => child.once('exit', code => done(code)))
  child.kill('SIGINT')
  expect(await exited).toBe(0)
  await expect.poll(() => alive(Number(servers[0]![0])), { timeout: 10_000 }).toBe(false)
})
