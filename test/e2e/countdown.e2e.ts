// A talk planned for a slot (`--minutes 10`) counts down from it in presenter mode, and the
// first slide's notes there start with its planned time and start.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { withBuiltTalk } from '../../scripts/browser/built-talk.ts'
import { build } from '../../scripts/io/build.ts'
import { useChromium } from './browser.ts'
import { squeeze } from './seed-deck.ts'

const browser = useChromium()
const log = (line: string): void => void process.stderr.write(`${line}\n`)

it('shows a countdown of the planned minutes', async () => {
  mkdirSync('tmp', { recursive: true })
  // In the project's ignored tmp/: Slidev finds the components, styles and setup from the root.
  const output = join('tmp', `countdown-${process.pid}.md`)
  onTestFinished(() => rmSync(output, { force: true }))
  const built = await build({ article: 'content/review.md', output, force: true, minutes: 10 })
  expect(built.deck?.minutes).toBe(10)
  const shown = await withBuiltTalk(output, log, async (url) => {
    const page = await browser().context.newPage()
    await page.setViewportSize({ width: 1400, height: 800 })
    await page.goto(`${url}/presenter/1`)
    await page.waitForSelector('.slidev-note')
    const timer = squeeze(await page.locator('.slidev-presenter .text-3xl.font-mono').first().textContent() ?? '')
    const notes = await page.locator('.slidev-note').first().textContent()
    await page.close()
    return { timer, notes }
  })
  expect(shown?.timer).toBe('10:00')
  expect(shown?.notes).toMatch(/⏱ 0:0\d · 0:00/u)
})
