// `talkdown dev` on a copy of an article, with a headless Chromium looking at the talk:
// shared by the live e2e test and bench/live-latency.ts.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Page } from 'playwright-core'
import type { LaunchedChromium } from '../../scripts/browser/launch-chromium.ts'
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { launchChromium } from '../../scripts/browser/launch-chromium.ts'
import { slidevBin } from '../../scripts/io/slidev-bin.ts'

/** The project root: the talk must be generated here so Slidev finds setup/, components/ and styles/. */
export const root = resolve(import.meta.dirname, '../..')

/** A running `talkdown dev` and a browser on it. */
export interface LiveSession {
  /** The file being edited: a copy of the article, or the slides themselves for Slidev alone. */
  article: string
  /** The generated Slidev Markdown (in the project root, removed on stop). */
  output: string
  /** Base URL of the talk. */
  url: string
  /** Everything the dev command printed so far. */
  log: () => string
  /** When (`performance.now()`) the page received each hot update from Vite so far. */
  updates: () => number[]
  /** A page with the talk open. */
  page: Page
  /** Write new article text (the "save"). */
  save: (text: string) => Promise<void>
  /** Stop the browser and the dev command, remove the temporary files. */
  stop: () => Promise<void>
}

function waitFor(child: ChildProcess, output: () => string, text: string, ms: number): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`Cannot start \`talkdown dev\`: no "${text}" within ${ms / 1000} s. Output:\n${output()}`)), ms)
    // Slidev colours its banner when it thinks a terminal is there (CI sets FORCE_COLOR-like env).
    const check = (): void => {
      // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
      if (output().replace(/\u001B\[[\d;]*m/g, '').includes(text)) {
        clearTimeout(timer)
        done()
      }
    }
    child.stdout!.on('data', check)
    child.stderr!.on('data', check)
    child.once('exit', () => fail(new Error(`\`talkdown dev\` exited early:\n${output()}`)))
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return
  const gone = new Promise(done => child.once('exit', done))
  child.kill('SIGINT')
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000)
  await gone
  clearTimeout(timer)
}

/** Copy `fixture` to a temporary folder, run `talkdown dev` on it at `port`, and open `path` in Chromium. */
export async function startLive(fixture: string, port: number, path = '/'): Promise<LiveSession> {
  const folder = await mkdtemp(join(tmpdir(), 'talkdown-live-'))
  const article = join(folder, 'article.md')
  await copyFile(fixture, article)
  // One name per port: Vite keeps its optimized dependencies per entry, and a warm cache
  // spares the session the reload Vite does when it discovers a dependency late.
  const output = join(root, `.live-${port}.md`)
  return open(['bin/talkdown.js', 'dev', article, '-o', output, '--port', String(port)], { article, output, folder }, port, path)
}

/** Slidev's own dev server on a copy of `slides` (no talkdown), opened at `path`: saves edit the slides by hand. */
export async function startSlidevAlone(slides: string, port: number, path = '/'): Promise<LiveSession> {
  const folder = await mkdtemp(join(tmpdir(), 'talkdown-slidev-'))
  const output = join(root, `.live-${port}.md`)
  await copyFile(slides, output)
  return open([slidevBin(), output, '--port', String(port), '--open=false'], { article: output, output, folder }, port, path)
}

async function open(args: string[], files: { article: string, output: string, folder: string }, port: number, path: string): Promise<LiveSession> {
  const { article, output, folder } = files
  // Its own process group, so that nothing of it outlives the session.
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => log += chunk.toString())
  child.stderr!.on('data', (chunk: Buffer) => log += chunk.toString())
  let browser: LaunchedChromium | undefined
  const stop = async (): Promise<void> => {
    await browser?.close()
    await stopChild(child)
    await rm(folder, { recursive: true, force: true })
    await rm(output, { force: true })
  }
  try {
    const url = `http://localhost:${port}`
    await waitFor(child, () => log, `${url}/`, 120_000)
    browser = await launchChromium()
    const page = await browser.context.newPage()
    const updates: number[] = []
    // Vite's HMR socket: `update` frames for changed modules, Slidev's own custom events.
    page.on('websocket', socket => socket.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string' && /"type":"(?:update|custom)"/.test(payload))
        updates.push(performance.now())
    }))
    await page.goto(`${url}${path}`)
    // A fresh Vite cache optimises dependencies on first load and then reloads the page;
    // let that happen before the test starts editing, so no save lands mid-reload.
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    await page.waitForTimeout(3000)
    await page.reload({ waitUntil: 'networkidle', timeout: 120_000 })
    // Edits made while the first slide is still loading can be missed by Slidev's HMR.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- only the visible slide (see slideText)
    await page.waitForFunction(() => /\S/.test(document.querySelector<HTMLElement>('#slide-content')?.innerText.replace('Loading slide...', '') ?? ''), undefined, { timeout: 60_000 })
    return { article, output, url, log: () => log, updates: () => updates, page, save: text => writeFile(article, text), stop }
  }
  catch (error) {
    await stop()
    throw error
  }
}

// innerText, not textContent: Slidev keeps neighbouring slides in the page, hidden.
/* eslint-disable unicorn/prefer-dom-node-text-content */

/** Text of the slide on screen. */
export function slideText(page: Page): Promise<string> {
  return page.locator('#slide-content').innerText()
}

/** Resolves once the slide on screen shows `text`; rejects after `ms`. */
export async function waitForText(page: Page, text: string, ms = 20_000): Promise<void> {
  await page.waitForFunction(wanted => document.querySelector<HTMLElement>('#slide-content')?.innerText.includes(wanted), text, { timeout: ms, polling: 'raf' })
}

/** The article's current text. */
export function readArticle(session: LiveSession): Promise<string> {
  return readFile(session.article, 'utf8')
}
