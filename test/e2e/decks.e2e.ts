// Every fixture deck (the real articles included), the CommonMark corpus as one article
// and a sample of the random articles are built with `slidev build` and opened in
// Chromium: each builds, and no slide overflows, shows only its title, or throws. The same
// pages give the `talkdown stats` figures of the seed and the real corpus, which must be no
// worse than test/fixtures/real/stats.json (`UPDATE=1` rewrites it).
import type { SlideText } from '../../scripts/browser/talk-stats.ts'
import type { Deck } from '../../scripts/pipeline/index.ts'
import type { CorpusBaseline } from '../support/corpus-baseline.ts'
import type { BatchDeck, BatchSlide } from './deck-batch.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { tests } from 'commonmark-spec'
import fc from 'fast-check'
import { slidevBuild } from '../../scripts/browser/built-talk.ts'
import { measureOverflow } from '../../scripts/browser/measure-overflow.ts'
import { diagramsDrawn } from '../../scripts/browser/measure-talk.ts'
import { serveStatic } from '../../scripts/browser/serve-static.ts'
import { slideContent } from '../../scripts/browser/slide-content.ts'
import { slideText } from '../../scripts/browser/talk-stats.ts'
import { slideFacts, talkStats } from '../../scripts/cli/stats-summary.ts'
import { generateFromDisk } from '../../scripts/io/build.ts'
import { canvas } from '../../scripts/pipeline/index.ts'
import { article as randomArticle } from '../hostile/random-article.ts'
import { corpusFigures, worseThan } from '../support/corpus-baseline.ts'
import { useChromium } from './browser.ts'
import { batchDecks } from './deck-batch.ts'

const browser = useChromium()
const log = (line: string): void => void process.stderr.write(`${line}\n`)
const fixtures = 'test/fixtures'
// Articles written for this run (the corpus, the random sample) live in the ignored tmp/.
const scratch = 'tmp/e2e-decks'
const maxBatchSlides = 250
const baselineFile = 'test/fixtures/real/stats.json'
// The decks the baseline judges: the seed (content/review.md) and every real article.
const judged = /^(?:seed|real\/.+)$/u

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
// Time spent on the stats measure, logged so its share of the run stays visible.
const statsTime = { ms: 0 }

type PlannedDeck = BatchDeck & Pick<Deck, 'lang' | 'slides'>

async function deck(article: string, output: string): Promise<PlannedDeck | undefined> {
  const settings = join(article, '..', 'deck.yaml')
  const result = await generateFromDisk({ article, output, force: true, settings: existsSync(settings) ? settings : undefined })
  if (!result.markdown || !result.deck) {
    expect(article, 'only a random article may be refused').toMatch(/random-/)
    return undefined
  }
  return { name: article, markdown: result.markdown, slides: result.deck.slides, lang: result.deck.lang }
}

// Decks of one language share a batch (the headmatter's fonts are per language).
function batches(decks: PlannedDeck[]): PlannedDeck[][] {
  const groups: PlannedDeck[][] = []
  for (const lang of new Set(decks.map(d => d.lang))) {
    let current: PlannedDeck[] = []
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

async function inspect(url: string, slides: BatchSlide[]): Promise<{ problems: Problem[], errors: string[], shown: SlideText[], overflowing: Set<number> }> {
  const page = await browser().context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  try {
    await page.setViewportSize(canvas)
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.slidev-page').length >= count, slides.length, { timeout: 120_000 })
    const problems: Problem[] = []
    const shown: SlideText[] = []
    const overflowing = new Set<number>()
    for (const [index, slide] of slides.entries()) {
      const no = index + 1
      await diagramsDrawn(page, no)
      for (const overflow of await page.evaluate(measureOverflow, no)) {
        problems.push({ slide, no, what: `${overflow.element} is ${overflow.kind} by ${overflow.pixels} px` })
        overflowing.add(no)
      }
      const content = await page.evaluate(slideContent, no)
      if (slide.kind === 'content' && !content.text && !content.media)
        problems.push({ slide, no, what: 'shows nothing but its title' })
      const started = Date.now()
      shown.push(await page.evaluate(slideText, no))
      statsTime.ms += Date.now() - started
    }
    return { problems, errors, shown, overflowing }
  }
  finally {
    await page.close()
  }
}

// A judged deck's name in the baseline: its fixture folder under test/fixtures.
function judgedName(article: string): string | undefined {
  const name = relative(fixtures, join(article, '..'))
  return judged.test(name) ? name : undefined
}

// The `talkdown stats` figures of each judged deck of a measured batch (slides in batch order).
function measureBatch(group: PlannedDeck[], shown: SlideText[], overflowing: Set<number>, into: CorpusBaseline): void {
  let first = 0
  for (const one of group) {
    const name = judgedName(one.name)
    const own = new Set([...overflowing].filter(no => no > first && no <= first + one.slides.length).map(no => no - first))
    if (name)
      into[name] = corpusFigures(talkStats(slideFacts(one, shown.slice(first, first + one.slides.length), own)))
    first += one.slides.length
  }
}

describe('decks built with Slidev', async () => {
  mkdirSync('tmp', { recursive: true })
  const output = '.e2e-decks.md'
  const measured: CorpusBaseline = {}
  const decks: PlannedDeck[] = []
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
        const { problems, errors, shown, overflowing } = await inspect(server.url, batch.slides)
        measureBatch(group, shown, overflowing, measured)
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

  // Last, after every batch: each judged deck's figures against the committed baseline.
  it('the seed and the real corpus are no worse than test/fixtures/real/stats.json', () => {
    const now = Object.fromEntries(Object.entries(measured).sort(([a], [b]) => a.localeCompare(b)))
    log(`  corpus figures (measured in ${(statsTime.ms / 1000).toFixed(1)} s): ${JSON.stringify(now)}`)
    if (process.env.UPDATE) {
      writeFileSync(baselineFile, `${JSON.stringify(now, null, 2)}\n`)
      return
    }
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as CorpusBaseline
    expect(worseThan(baseline, now)).toEqual([])
  })
})
