// Injection in a real browser: an article (and deck settings) full of Vue, HTML and Slidev
// syntax is generated, built with `slidev build` and opened in Chromium, slide by slide
// and in presenter mode. Every payload would set `window.__pwned`; none may run, no
// dialog may open, and each payload's text must show literally on a slide or in notes.
import type { Page } from 'playwright-core'
import type { Chart } from '../../scripts/pipeline/index.ts'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { withBuiltTalk } from '../../scripts/browser/built-talk.ts'
import { launchChromium } from '../../scripts/browser/launch-chromium.ts'
import { generate, VFile } from '../../scripts/pipeline/index.ts'

const fixture = join(import.meta.dirname, 'injection')
const read = (name: string): VFile => new VFile({ path: name, value: readFileSync(join(fixture, name), 'utf8') })
const payloads = (text: string): string[] => [...text.matchAll(/\{\{ constructor\.constructor\(.window\.__pwned=\d+.\)\(\) \}\}/g)].map(match => match[0])

interface Visit { text: string, pwned: unknown, diagrams: Diagram[] }
// What a drawn diagram put in its shadow root: how many SVGs, whether one is talkdown's
// placeholder, and anything live (script, event handler, javascript: link, foreign HTML).
interface Diagram { svgs: number, placeholder: boolean, live: string[] }

const squash = (text: string): string => text.replace(/\s+/g, '')

// The texts of a chart that the components draw as labels.
function labels(chart: Chart): string[] {
  const texts: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value))
      return value.forEach(walk)
    if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (typeof item === 'string' && ['label', 'term', 'gloss'].includes(key))
          texts.push(item)
        else
          walk(item)
      }
    }
  }
  walk(chart)
  return texts
}

async function visit(page: Page, url: string): Promise<Visit> {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForSelector('#slide-content, .slidev-layout', { state: 'attached' })
  // Mermaid draws after the slide mounts; wait (up to 60 s on a busy machine) for every diagram's shadow root to fill.
  await page.waitForFunction(() => [...document.querySelectorAll('.mermaid')].every(host => host.shadowRoot?.querySelector('svg')), undefined, { timeout: 60_000 }).catch(() => {})
  return page.evaluate(() => ({
    // innerText: the text as shown, without hidden nodes.
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    text: document.body.innerText,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    diagrams: [...document.querySelectorAll('.mermaid')].map((host) => {
      const root = host.shadowRoot
      const elements = root ? [...root.querySelectorAll('*')] : []
      const live = elements.flatMap(element => [
        ...(['script', 'iframe', 'object', 'embed'].includes(element.localName) ? [element.localName] : []),
        ...[...element.attributes].filter(attribute => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)).map(attribute => `${element.localName} ${attribute.name}`),
      ])
      return { svgs: root?.querySelectorAll('svg').length ?? 0, placeholder: Boolean(root?.querySelector('.td-diagram-placeholder')), live }
    }),
  }))
}

describe('injection in a built talk', () => {
  const article = read('input.md')
  const settings = read('deck.yaml')
  const result = generate({ article, settings })
  // In the project root, as `talkdown build` writes it: Slidev takes components/ (the charts),
  // setup/ and styles/ from the folder of the deck, and a deck elsewhere renders no chart.
  const slidesPath = join(import.meta.dirname, `../../.injection-${process.pid}.md`)
  afterAll(() => rmSync(slidesPath, { force: true }))

  it('runs nothing and shows every payload as text, on slides and in presenter notes', { timeout: 300_000 }, async () => {
    expect(result.markdown).toBeDefined()
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
    // Chart labels reach the page through the frontmatter and the chart components, and show as
    // text: the start of each (the components may cut the rest, and wrap it) is on its slide.
    const charted = result.deck!.slides.flatMap((slide, index) => slide.chart ? [{ chart: slide.chart, shown: squash(seen!.visits[2 * index]!.text) }] : [])
    // No stat card here since stat cards need a label apart from their figure (4-plan/2-charts/stat.ts);
    // the unit property test (test/hostile/chart-articles.test.ts) still draws every kind with payloads.
    expect(charted.map(slide => slide.chart.type).sort()).toEqual(['bar', 'glossary', 'growth', 'ranking', 'timeline'])
    const missing = charted.flatMap(({ chart, shown }) => labels(chart).filter(label => !shown.includes(squash(label).slice(0, 6))).map(label => `${chart.type}: ${label}`))
    expect(missing).toEqual([])
    // The diagrams are drawn (one placeholder, for the one that does not parse), and nothing in them is live.
    const diagrams = seen!.visits.flatMap(v => v.diagrams)
    expect(diagrams.length).toBeGreaterThanOrEqual(5)
    expect(diagrams.every(diagram => diagram.svgs > 0)).toBe(true)
    expect(diagrams.filter(diagram => diagram.placeholder).length).toBeGreaterThanOrEqual(1)
    expect(diagrams.flatMap(diagram => diagram.live)).toEqual([])
    for (const literal of ['<script>window.__pwned=61</script>', '<img src=x onerror="window.__pwned=42">', '::right::', '<<< @/package.json', '<!-- an open comment and a closing --> arrow'])
      expect(shown).toContain(literal)
  })
})
