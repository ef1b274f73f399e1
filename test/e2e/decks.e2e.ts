// Every fixture deck (the real articles included), the CommonMark corpus as one article
// and a sample of the random articles are built with `slidev build` and opened in
// Chromium: each builds, and no slide overflows, shows only its title, or throws.
import type { BatchDeck, BatchSlide } from './deck-batch.ts'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { tests } from 'commonmark-spec'
import fc from 'fast-check'
import { slidevBuild } from '../../scripts/browser/built-talk.ts'
import { measureOverflow } from '../../scripts/browser/measure-overflow.ts'
import { serveStatic } from '../../scripts/browser/serve-static.ts'
import { slideContent } from '../../scripts/browser/slide-content.ts'
import { generateFromDisk } from '../../scripts/io/build.ts'
import { canvas } from '../../scripts/pipeline/index.ts'
import { article as randomArticle } from '../hostile/random-article.ts'
import { useChromium } from './browser.ts'
import { batchDecks } from './deck-batch.ts'

const browser = useChromium()
const log = (line: string): void => void process.stderr.write(`${line}\n`)
const fixtures = 'test/fixtures'
// Articles written for this run (the corpus, the random sample) live in the ignored tmp/.
const scratch = 'tmp/e2e-decks'
const maxBatchSlides = 250

function fixtureArticles(dir = fixtures): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter(entry => entry.isDirectory()).flatMap(entry =>
    existsSync(join(dir, entry.name, 'input.md')) ? [join(dir, entry.name, 'input.md')] : fixtureArticles(join(dir, entry.name)))
}

function writtenArticles(): string[] {
  mkdirSync(scratch, { recursive: true })
  const corpus = join(scratch, 'commonmark.md')
  writeFileSync(corpus, `${tests.map(example => example.markdown.replaceAll('→', '\t')).join('\n\n')}\n`)
  const sample = fc.sample(randomArticle, { numRuns: 12, seed: 11 })
  return [corpus, ...sample.map((text, index) => {
    const path = join(scratch, `random-${index}.md`)
    writeFileSync(path, text)
    return path
  })]
}

// A random article may be refused with a fatal message (say, broken front matter): no deck.
async function deck(article: string, output: string): Promise<BatchDeck & { lang: string } | undefined> {
  const settings = join(article, '..', 'deck.yaml')
  const result = await generateFromDisk({ article, output, force: true, settings: existsSync(settings) ? settings : undefined })
  if (!result.markdown || !result.deck) {
    expect(article, 'only a random article may be refused').toMatch(/random-/)
    return undefined
  }
  return { name: article, markdown: result.markdown, slides: result.deck.slides, lang: result.deck.lang }
}

// Decks of one language share a batch (the headmatter's fonts are per language).
function batches(decks: Array<BatchDeck & { lang: string }>): BatchDeck[][] {
  const groups: BatchDeck[][] = []
  for (const lang of ['zh', 'en', 'ja']) {
    let current: BatchDeck[] = []
    for (const one of decks.filter(d => d.lang === lang)) {
      if (current.length && current.reduce((sum, d) => sum + d.slides.length, 0) + one.slides.length > maxBatchSlides)
        current = []
      if (!current.length)
        groups.push(current)
      current.push(one)
    }
  }
  return groups
}

interface Problem { slide: BatchSlide, no: number, what: string }

async function inspect(url: string, slides: BatchSlide[]): Promise<{ problems: Problem[], errors: string[] }> {
  const page = await browser().context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  try {
    await page.setViewportSize(canvas)
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, slides.length, { timeout: 120_000 })
    const problems: Problem[] = []
    for (const [index, slide] of slides.entries()) {
      const no = index + 1
      for (const overflow of await page.evaluate(measureOverflow, no))
        problems.push({ slide, no, what: `${overflow.element} is ${overflow.kind} by ${overflow.pixels} px` })
      const content = await page.evaluate(slideContent, no)
      if (slide.kind === 'content' && !content.text && !content.media)
        problems.push({ slide, no, what: 'shows nothing but its title' })
    }
    return { problems, errors }
  }
  finally {
    await page.close()
  }
}

describe('decks built with Slidev', async () => {
  mkdirSync('tmp', { recursive: true })
  const output = '.e2e-decks.md'
  const decks: Array<BatchDeck & { lang: string }> = []
  for (const article of [...fixtureArticles(), ...writtenArticles()]) {
    const made = await deck(article, output)
    if (made)
      decks.push(made)
  }
  const groups = batches(decks)

  it.each(groups.map((group, index) => [index + 1, group] as const))('batch %i builds, with no page error, overflow or title-only slide', async (index, group) => {
    const batch = batchDecks(group)
    const slides = `.e2e-batch-${index}.md`
    const out = join('tmp', `e2e-site-${index}`)
    writeFileSync(slides, batch.markdown)
    try {
      const started = Date.now()
      const built = await slidevBuild(slides, out)
      expect(built.ok, built.log.slice(-3000)).toBe(true)
      log(`  batch ${index}: ${group.length} decks, ${batch.slides.length} slides, built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      const server = await serveStatic(out)
      try {
        const { problems, errors } = await inspect(server.url, batch.slides)
        const lines = problems.map(p => `${p.slide.deck}${p.slide.at ? `:${p.slide.at}` : ''}: slide ${p.no} “${p.slide.title}” ${p.what}`)
        expect({ errors, problems: lines }).toEqual({ errors: [], problems: [] })
      }
      finally {
        await server.close()
      }
    }
    finally {
      rmSync(slides, { force: true })
      rmSync(out, { recursive: true, force: true })
    }
  })
})
