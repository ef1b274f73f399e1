import type { RootContent } from 'mdast'
import type { Deck, Slide } from '../../pipeline/index.ts'
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { generate, VFile } from '../../pipeline/index.ts'
import { writePptx } from './write-pptx.ts'

const source = { line: 1, column: 1 }
const text = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] })

function slide(kind: Slide['kind'], title: string, extra: Partial<Slide> = {}): Slide {
  return { kind, title, layout: 'default', routeAlias: title, body: [], notes: [text(`Notes of ${title}`)], seconds: 5, ...extra }
}

const deck: Deck = {
  title: 'Models',
  theme: 'default',
  lang: 'en',
  exportFilename: 'talk',
  chapters: ['One'],
  slides: [
    slide('cover', 'Models', { body: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Models' }] }, text('A year')] }),
    slide('chapter', 'One'),
    slide('content', '1.1 Sizes', { section: '1.1 Sizes', body: [{ type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Scout' }] }, { type: 'text', value: ' is small' }] }] }] }] }),
    slide('content', 'Scout · Maverick', { kicker: '1.1 Sizes', section: '1.1 Sizes', chart: { type: 'bar', unit: 'B', source, items: [{ label: 'Scout', value: 109e9, display: '109B' }, { label: 'Maverick', value: 400e9, display: '400B' }] } }),
    slide('content', '1.1 Sizes', { section: '1.1 Sizes', chart: { type: 'stat', source, items: [{ label: 'users', value: 1e8, display: '100 million' }] } }),
    slide('end', 'Thank you'),
  ],
}

async function parts(): Promise<{ zip: JSZip, read: (name: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(await writePptx(deck, { base: '.' }))
  return { zip, read: name => zip.file(name)!.async('string') }
}

it('writes a slide and a notes slide per slide, with each title in a title placeholder', async () => {
  const { zip, read } = await parts()
  expect(Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(6)
  expect(Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(6)
  for (const [index, source] of deck.slides.entries()) {
    expect(await read(`ppt/slides/slide${index + 1}.xml`)).toMatch(new RegExp(`type="title"[\\s\\S]*?<a:t>${source.title}</a:t>`))
    expect(await read(`ppt/notesSlides/notesSlide${index + 1}.xml`)).toContain(`Notes of ${source.title}`)
  }
})

it('shows a later slide\'s section small above its own title, outside the title placeholder', async () => {
  const { read } = await parts()
  const xml = await read('ppt/slides/slide4.xml')
  expect(xml).toMatch(/<a:t>1\.1 Sizes<\/a:t>[\s\S]*type="title"[\s\S]*?<a:t>Scout · Maverick<\/a:t>/)
  expect(xml.match(/<a:t>1\.1 Sizes<\/a:t>/g)).toHaveLength(1)
  // 18 pt, as the talk's kicker (1.15rem on the 980 px canvas).
  expect(xml).toMatch(/sz="1800"[^>]*>(?:<[^>]*>)*<a:t>1\.1 Sizes<\/a:t>/)
})

it('draws the bar chart natively with the figures as written, and stat cards as text', async () => {
  const { zip, read } = await parts()
  const charts = Object.keys(zip.files).filter(name => /^ppt\/charts\/chart\d+\.xml$/.test(name))
  expect(charts).toHaveLength(1)
  const chart = await read(charts[0]!)
  expect(chart).toContain('<c:v>Maverick</c:v>')
  expect(chart).toContain('#,##0.##&quot;B&quot;')
  expect(await read('ppt/slides/slide5.xml')).toContain('<a:t>100 million</a:t>')
})

it('keeps one set of paragraph properties per paragraph, so the bullet stays', async () => {
  const { read } = await parts()
  const xml = await read('ppt/slides/slide3.xml')
  expect(xml).toContain('<a:buChar')
  expect(xml).not.toMatch(/<\/a:r><a:pPr/)
  expect(xml).toContain('<a:ea typeface="Noto Sans SC"')
  expect(xml).toContain('<a:latin typeface="Noto Sans"')
})

it('sets a Japanese deck in Noto Sans JP, marked ja-JP', async () => {
  const zip = await JSZip.loadAsync(await writePptx({ ...deck, lang: 'ja' }, { base: '.' }))
  const xml = await zip.file('ppt/slides/slide3.xml')!.async('string')
  expect(xml).toContain('<a:ea typeface="Noto Sans JP"')
  expect(xml).toContain('lang="ja-JP"')
})

it('writes a math article\'s formulas as native equations and text, never as TeX', async () => {
  const fixture = new URL('../../../test/fixtures/real/zh-ai-edu-least-squares/input.md', import.meta.url)
  const mathDeck = generate({ article: new VFile({ path: fixture.pathname, value: readFileSync(fixture, 'utf8') }) }).deck!
  const zip = await JSZip.loadAsync(await writePptx(mathDeck, { base: '.' }))
  const slides = await Promise.all(Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map(name => zip.file(name)!.async('string')))
  const xml = slides.join('\n')
  for (const tex of ['\\frac', '\\sum', '\\partial', '\\begin', '$$', '\\tag'])
    expect(xml).not.toContain(tex)
  // A display formula is an equation (a fraction in it), with its text as the fallback.
  expect(xml).toMatch(/<a14:m><m:oMathPara[^>]*><m:oMath>.*?<m:f>/s)
  expect(xml).toContain('<mc:Fallback>')
  // Inline math in a bullet is its text: $J$ reads as J.
  expect(xml).toContain('<a:t>J</a:t>')
  // Each equation is alone in its box, as PowerPoint writes one: LibreOffice drops an equation from a box with text.
  const choices = [...xml.matchAll(/<mc:Choice[^>]*>([\s\S]*?)<\/mc:Choice>/g)].map(match => match[1]!)
  expect(choices.length).toBeGreaterThan(0)
  for (const choice of choices)
    expect({ paragraphs: choice.match(/<a:p>/g)?.length, runs: choice.match(/<a:r>/g)?.length ?? 0 }).toEqual({ paragraphs: 1, runs: 0 })
})

it('writes a drawn diagram without its picture as a box naming it, never its source, on the slide', async () => {
  const diagram: RootContent = { type: 'code', lang: 'mermaid', value: 'graph TD\n  Start --> SecretStep' }
  const withDiagram: Deck = { ...deck, slides: [slide('content', '1.2 Flow', { section: '1.2 Flow', body: [text('The flow'), diagram], notes: [diagram] })] }
  const zip = await JSZip.loadAsync(await writePptx(withDiagram, { base: '.' }))
  const shown = await zip.file('ppt/slides/slide1.xml')!.async('string')
  expect(shown).toContain('[Diagram: mermaid graph; drawn in the talk, its source is in the notes]')
  expect(shown).toContain('prstDash val="dash"')
  expect(shown).not.toContain('<p:pic>')
  expect(shown).not.toContain('SecretStep')
  expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('SecretStep')
})

// A 1×1 PNG, standing for the talk's picture of a diagram.
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), char => char.charCodeAt(0))

it('writes each drawn diagram as the talk\'s picture of it, at most at its size in the talk, beside the text', async () => {
  const first: RootContent = { type: 'code', lang: 'mermaid', value: 'graph TD\n  Start --> SecretStep' }
  const second: RootContent = { type: 'code', lang: 'mermaid', value: 'sequenceDiagram\n  A->>B: SecretCall' }
  const withDiagrams: Deck = { ...deck, slides: [slide('content', '1.2 Flow', { section: '1.2 Flow', body: [text('The flow'), first, second], notes: [first, second] })] }
  const pictures = [[{ png, width: 98, height: 55.2, drawn: true }, { png, width: 4000, height: 100, drawn: true }]]
  const zip = await JSZip.loadAsync(await writePptx(withDiagrams, { base: '.', diagrams: pictures }))
  const shown = await zip.file('ppt/slides/slide1.xml')!.async('string')
  expect(shown.match(/<p:pic>/g)).toHaveLength(2)
  expect(Object.keys(zip.files).filter(name => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(2)
  expect(shown).toContain('<a:t>The flow</a:t>')
  expect(shown).not.toMatch(/SecretStep|SecretCall|\[Diagram/)
  // The small one keeps its size in the talk: 98 canvas pixels are a tenth of the slide's 13.333 inches.
  const widths = [...shown.matchAll(/<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/g)].map(match => Number(match[1]))
  expect(widths[0]).toBeCloseTo(13.333 / 10 * 914400, -3)
  // The wide one shrinks into the room beside the text (40% of the body's width).
  expect(widths[1]).toBeLessThan(13.333 * 0.4 * 914400)
})

it('draws a real article\'s tables of figures as native bar charts, grouped bars with a series a column', async () => {
  const fixture = new URL('../../../test/fixtures/real/en-asyncapi-2020-summary-tweets/input.md', import.meta.url)
  const tableDeck = generate({ article: new VFile({ path: fixture.pathname, value: readFileSync(fixture, 'utf8') }) }).deck!
  const bars = tableDeck.slides.flatMap(slide => slide.chart?.type === 'bar' ? [slide.chart] : [])
  const zip = await JSZip.loadAsync(await writePptx(tableDeck, { base: '.' }))
  const charts = await Promise.all(Object.keys(zip.files).filter(name => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map(name => zip.file(name)!.async('string')))
  expect(charts).toHaveLength(bars.length)
  // "Downloads" by package, 2019 beside 2020: two series named by the table's columns, a bar each per package.
  const downloads = charts.find(xml => xml.includes('<c:v>Generator</c:v>'))!
  expect(downloads.match(/<c:ser>/g)).toHaveLength(2)
  // Written last first: PowerPoint draws a bar chart's last series on top, as the slide lists 2019 above 2020.
  expect(downloads).toMatch(/<c:tx>[\s\S]*?<c:v>2020<\/c:v>[\s\S]*<c:tx>[\s\S]*?<c:v>2019<\/c:v>/)
  expect(downloads).toContain('<c:v>134224</c:v>')
  // One column of figures is one series: views by video.
  const views = charts.find(xml => xml.includes('<c:v>AsyncAPI Online Conference'))!
  expect(views.match(/<c:ser>/g)).toHaveLength(1)
})
