// No slide overflows its 980×552 canvas: the seed's talk, every fixture, and a deck
// that does overflow at first, which `talkdown check` must fit.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { inject } from 'vitest'
import { withBuiltTalk } from '../../scripts/browser/built-talk.ts'
import { measureTalk } from '../../scripts/browser/measure-talk.ts'
import { main } from '../../scripts/cli/main.ts'
import { build, generateFromDisk } from '../../scripts/io/build.ts'
import { useChromium } from './browser.ts'

const browser = useChromium()
const log = (line: string): void => void process.stderr.write(`${line}\n`)
const fixtures = readdirSync('test/fixtures').filter(name => existsSync(join('test/fixtures', name, 'input.md')))

// A fixture may name images it leaves out on purpose (to test the warning); Slidev
// cannot build without them, so a copy of the fixture gets a screenshot-sized stand-in.
// The copy lives in the project's ignored tmp/, as Slidev bundles only images under its root.
async function fixtureCopy(name: string, output: string): Promise<string> {
  mkdirSync('tmp', { recursive: true })
  const dir = mkdtempSync(join('tmp', `e2e-${name}-`))
  const article = join(dir, 'input.md')
  copyFileSync(join('test/fixtures', name, 'input.md'), article)
  const result = await generateFromDisk({ article, output, force: true })
  const page = await browser().context.newPage()
  await page.setViewportSize({ width: 1600, height: 900 })
  const png = await page.screenshot()
  await page.close()
  for (const image of result.images.filter(image => !image.url.startsWith('/'))) {
    const path = join(dirname(output), image.url)
    mkdirSync(dirname(path), { recursive: true })
    if (!existsSync(path))
      writeFileSync(path, png)
  }
  return article
}

it('the seed talk has no overflowing slide', async () => {
  const slides = readFileSync('slides.md', 'utf8').match(/^routeAlias: /gm)!.length
  const found = await measureTalk(browser().context, inject('seedUrl'), slides, log)
  expect(found).toEqual([])
})

describe.each(fixtures)('fixture %s', (name) => {
  it('has no overflowing slide', async () => {
    const output = `.e2e-${name}.md`
    const article = await fixtureCopy(name, output)
    try {
      const built = await build({ article, output, force: true })
      const found = await withBuiltTalk(output, log, url => measureTalk(browser().context, url, built.deck!.slides.length, log))
      expect(found).toEqual([])
    }
    finally {
      rmSync(output, { force: true })
      rmSync(dirname(article), { recursive: true, force: true })
    }
  })
})

it('check fits a deck whose long titles push bullets off the slide', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkdown-e2e-fit-'))
  const heading = 'a heading that goes on and on, naming every topic the section touches, '.repeat(3)
  const bullets = Array.from({ length: 8 }, (_, i) => `- Point ${i} explains what happened in some detail, with a long sentence that wraps onto a second line.`)
  writeFileSync(join(dir, 'long.md'), `# Long titles\n\n## Part 1: ${heading}\n\n${bullets.join('\n')}\n`)
  const output = '.e2e-long.md'
  const lines: string[] = []
  vi.spyOn(process.stderr, 'write').mockImplementation(chunk => Boolean(lines.push(String(chunk))))
  try {
    expect(await main(['check', join(dir, 'long.md'), '-o', output])).toBe(0)
  }
  finally {
    vi.restoreAllMocks()
    rmSync(output, { force: true })
  }
  const text = lines.join('')
  log(text)
  expect(text).toMatch(/slide \d+ \/part-1-.*sticks out of the slide by \d+ px/)
  expect(text).toMatch(/✓ check: 0 of \d+ slides overflow after [2-6] rounds/)
  expect(JSON.parse(readFileSync(join(dir, 'long.fit.json'), 'utf8')).sections[0].room).toBeLessThan(1)
})
