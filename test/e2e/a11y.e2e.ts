// Accessible slides: axe-core in Chromium on every slide of the seed talk, light (the
// shared build) and dark (`colorSchema: dark` in the deck settings): no serious or
// critical violation (WCAG 2.1 A and AA, colour contrast of 4.5:1 included).
import type { Deck } from '../../scripts/pipeline/index.ts'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { inject } from 'vitest'
import { slidevBuild } from '../../scripts/browser/built-talk.ts'
import { serveStatic } from '../../scripts/browser/serve-static.ts'
import { axeSlides } from './axe-slides.ts'
import { useChromium } from './browser.ts'
import { seedDeck } from './seed-deck.ts'

const browser = useChromium()
let deck: Deck

beforeAll(async () => {
  deck = await seedDeck()
})

it('finds no serious or critical violation on any slide of the light talk', async () => {
  const found = await axeSlides(browser().context, inject('seedUrl'), deck.slides.length, 'light')
  expect(found).toEqual([])
})

it('finds none either with colorSchema: dark, and the slides are dark', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-a11y-'))
  // Slidev reads components/ and styles/ beside the slides file: it is written at the root.
  const slides = '.a11y-dark.md'
  try {
    await writeFile(join(scratch, 'dark.deck.yaml'), 'colorSchema: dark\n')
    execFileSync(process.execPath, ['bin/talkdown.js', 'build', 'content/review.md', '--settings', join(scratch, 'dark.deck.yaml'), '--output', slides, '--force'], { stdio: 'pipe' })
    expect(await readFile(slides, 'utf8')).toContain('colorSchema: "dark"')
    const built = await slidevBuild(slides, join(scratch, 'site'))
    expect(built.ok, built.log).toBe(true)
    const server = await serveStatic(join(scratch, 'site'))
    try {
      const page = await browser().context.newPage()
      await page.goto(`${server.url}/5`, { waitUntil: 'load' })
      await page.waitForSelector('.slidev-page-5 .slidev-layout')
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
      await page.close()
      const found = await axeSlides(browser().context, server.url, deck.slides.length, 'dark')
      expect(found).toEqual([])
    }
    finally {
      await server.close()
    }
  }
  finally {
    await rm(slides, { force: true })
    await rm(scratch, { recursive: true, force: true })
  }
})
