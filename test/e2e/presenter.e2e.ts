// Presenter mode: /presenter/N shows slide N's notes for every content slide, and the timer.
import type { Deck } from '../../scripts/pipeline/index.ts'
import { inject } from 'vitest'
import { useChromium } from './browser.ts'
import { notesStart, seedDeck, squeeze } from './seed-deck.ts'

const browser = useChromium()
let deck: Deck

beforeAll(async () => {
  deck = await seedDeck()
})

it('shows each content slide\'s notes and the timer', async () => {
  const page = await browser().context.newPage()
  await page.setViewportSize({ width: 1400, height: 800 })
  const content = deck.slides.map((slide, index) => ({ slide, no: index + 1 })).filter(({ slide }) => slide.kind === 'content' || slide.kind === 'quote')
  // The seed plans about 30 content and quote slides (short sections share one): a deck that
  // lost its sections would have far fewer.
  expect(content.length).toBeGreaterThan(20)
  const missing: number[] = []
  for (const { slide, no } of content) {
    await page.goto(`${inject('seedUrl')}/presenter/${no}`)
    const expected = notesStart(slide)
    const shown = await page.waitForFunction(text => [...document.querySelectorAll('.slidev-note')].some(note => (note.textContent ?? '').replace(/[^\p{L}\p{N}]/gu, '').includes(text)), expected, { timeout: 15_000 }).then(() => true, () => false)
    if (!shown)
      missing.push(no)
  }
  expect(missing, 'slides whose notes presenter mode does not show').toEqual([])
  const timer = squeeze(await page.locator('.slidev-presenter .text-3xl.font-mono').first().textContent() ?? '')
  // Slidev shows `-:--` until the timer is started, then minutes and seconds.
  expect(timer).toMatch(/^(?:(?:\d+:)?\d{1,2}:\d\d|-:--)$/)
  await page.close()
})
