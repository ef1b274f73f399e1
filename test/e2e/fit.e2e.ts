// No slide overflows its 980×552 canvas: the seed's talk, and a deck that does overflow
// at first, which `talkdown check` must fit (every fixture deck: decks.e2e.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { inject } from 'vitest'
import { measureTalk } from '../../scripts/browser/measure-talk.ts'
import { main } from '../../scripts/cli/main.ts'
import { useChromium } from './browser.ts'

const browser = useChromium()
const log = (line: string): void => void process.stderr.write(`${line}\n`)

it('the seed talk has no overflowing slide', async () => {
  const slides = readFileSync('slides.md', 'utf8').match(/^routeAlias: /gm)!.length
  const found = await measureTalk(browser().context, inject('seedUrl'), slides, log)
  expect(found).toEqual([])
})

it('check fits a deck whose long titles push bullets off the slide', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkdown-e2e-fit-'))
  // The planner sizes text by average letter widths (text/width.ts) and would keep plain long
  // titles on the slide; words full of m, w, M and W render far wider than that average, so the
  // title wraps onto more lines than planned and pushes the points off the slide.
  const heading = 'MMW: mammoth swarms, maximum momentum, MW woodwork, Wimbledon mummies and memworm mayhem, '.repeat(3)
  // Short points, so that the planner (which shows about 75 visible characters) puts five on the slide.
  const bullets = Array.from({ length: 8 }, (_, i) => `- Point ${i}: MWM mummies.`)
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
