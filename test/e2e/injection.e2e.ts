// Injection in a real browser: an article (and deck settings) full of Vue, HTML and Slidev
// syntax is generated, built with `slidev build` and opened in Chromium, slide by slide
// and in presenter mode. Every payload would set `window.__pwned`; none may run, no
// dialog may open, and each payload's text must show literally on a slide or in notes.
import type { Page } from 'playwright-core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { withBuiltTalk } from '../../scripts/browser/built-talk.ts'
import { launchChromium } from '../../scripts/browser/launch-chromium.ts'
import { generate, VFile } from '../../scripts/pipeline/index.ts'

const fixture = join(import.meta.dirname, 'injection')
const read = (name: string): VFile => new VFile({ path: name, value: readFileSync(join(fixture, name), 'utf8') })
const payloads = (text: string): string[] => [...text.matchAll(/\{\{ constructor\.constructor\(.window\.__pwned=\d+.\)\(\) \}\}/g)].map(match => match[0])

interface Visit { text: string, pwned: unknown }

async function visit(page: Page, url: string): Promise<Visit> {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForSelector('#slide-content, .slidev-layout', { state: 'attached' })
  // innerText: the text as shown, without hidden nodes.
  // eslint-disable-next-line unicorn/prefer-dom-node-text-content
  return page.evaluate(() => ({ text: document.body.innerText, pwned: (window as unknown as { __pwned?: unknown }).__pwned }))
}

describe('injection in a built talk', () => {
  const article = read('input.md')
  const settings = read('deck.yaml')
  const result = generate({ article, settings })
  const work = mkdtempSync(join(import.meta.dirname, '../../tmp-injection-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('runs nothing and shows every payload as text, on slides and in presenter notes', { timeout: 300_000 }, async () => {
    expect(result.markdown).toBeDefined()
    const slidesPath = join(work, 'slides.md')
    writeFileSync(slidesPath, result.markdown!)
    const count = result.deck!.slides.length
    const log: string[] = []
    const seen = await withBuiltTalk(slidesPath, line => log.push(line), async (url) => {
      const browser = await launchChromium()
      const page = await browser.context.newPage()
      let dialogs = 0
      page.on('dialog', (dialog) => {
        dialogs++
        void dialog.dismiss()
      })
      try {
        const visits: Visit[] = []
        for (let no = 1; no <= count; no++)
          visits.push(await visit(page, `${url}/${no}`), await visit(page, `${url}/presenter/${no}`))
        return { visits, dialogs }
      }
      finally {
        await browser.close()
      }
    })
    expect(seen, log.join('\n').slice(-3000)).toBeDefined()
    expect(seen!.dialogs).toBe(0)
    expect(seen!.visits.map(v => v.pwned)).toEqual(seen!.visits.map(() => undefined))
    // Notes break comment markers with an invisible zero-width space (vue-safe.ts safeNotes).
    const shown = seen!.visits.map(v => v.text).join('\n').replaceAll('\u200B', '')
    const expected = [...payloads(String(article.value)), ...payloads(String(settings.value))]
    expect(expected.length).toBeGreaterThanOrEqual(15)
    expect(expected.filter(payload => !shown.includes(payload))).toEqual([])
    // Chart labels reach the page through the frontmatter and the chart components, as text.
    const charted = result.deck!.slides.map((slide, index) => ({ type: slide.chart?.type, shown: seen!.visits[2 * index]!.text })).filter(slide => slide.type)
    expect(charted.map(slide => slide.type).sort()).toEqual(['bar', 'glossary', 'growth', 'ranking', 'stat', 'timeline'])
    const glossary = charted.find(slide => slide.type === 'glossary')!.shown
    for (const label of ['{{ constructor.constructor(\'window.__pwned=121\')() }}', '<script>window.__pwned=122</script>', 'Term --- &anchor', '"key: value" *alias'])
      expect(glossary).toContain(label)
    for (const literal of ['<script>window.__pwned=61</script>', '<img src=x onerror="window.__pwned=42">', '::right::', '<<< @/package.json', '<!-- an open comment and a closing --> arrow'])
      expect(shown).toContain(literal)
  })
})
