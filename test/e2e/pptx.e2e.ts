// The native PPTX (`export --format pptx`): written from the deck model (the seed has no
// diagram, so without Slidev or Chromium); every slide with its title as a title placeholder,
// its notes as a notes slide, bar and growth charts as chart parts, no pictures; and LibreOffice
// (when installed) renders it to one PDF page per slide showing each title and chart label.
// An article's mermaid diagrams are the built talk's pictures of them.
import type { Deck } from '../../scripts/pipeline/index.ts'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { generateFromDisk } from '../../scripts/io/build.ts'
import { chartTexts, letters, notesStart, seedDeck, squeeze } from './seed-deck.ts'

let deck: Deck
let zip: JSZip

const soffice = ['soffice', 'libreoffice'].find((name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' })
    return true
  }
  catch {
    return false
  }
})

const texts = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>|<c:v>([^<]*)<\/c:v>/g)].map(match => match[1] ?? match[2]).join('')
const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
const part = async (name: string): Promise<string> => unescape(await zip.file(name)!.async('string'))

beforeAll(async () => {
  deck = await seedDeck()
  const started = Date.now()
  execFileSync(process.execPath, ['bin/talkdown.js', 'export', '--format', 'pptx'], { stdio: 'pipe' })
  process.stderr.write(`talkdown export --format pptx: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  zip = await JSZip.loadAsync(await readFile('talk.pptx'))
})

it('has a slide per slide, each titled, with its notes as a notes slide', async () => {
  const slides = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  expect(slides).toHaveLength(deck.slides.length)
  const lost: string[] = []
  for (const [index, slide] of deck.slides.entries()) {
    const xml = await part(`ppt/slides/slide${index + 1}.xml`)
    const title = /<p:ph[^>]*type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? ''
    if (!squeeze(texts(title)).includes(squeeze(slide.title)))
      lost.push(slide.title)
    expect(xml, `slide ${index + 1} has a picture`).not.toContain('<p:pic>')
    const notes = await part(`ppt/notesSlides/notesSlide${index + 1}.xml`)
    expect(letters(texts(notes)), `notes of slide ${index + 1}`).toContain(notesStart(slide))
  }
  expect(lost, 'slides without their title in a title placeholder').toEqual([])
})

it('draws bar and growth charts as native charts with the article\'s labels', async () => {
  const native = deck.slides.filter(slide => slide.chart?.type === 'bar' || slide.chart?.type === 'growth')
  expect(native.length).toBeGreaterThan(0)
  const charts = Object.keys(zip.files).filter(name => /^ppt\/charts\/chart\d+\.xml$/.test(name))
  expect(charts).toHaveLength(native.length)
  const all = squeeze((await Promise.all(charts.map(part))).map(texts).join(''))
  const labels = native.flatMap(slide => slide.chart?.type === 'bar' ? slide.chart.items.map(item => item.label) : slide.chart?.type === 'growth' ? [slide.chart.label] : [])
  expect(labels.filter(label => !all.includes(squeeze(label)))).toEqual([])
})

it.skipIf(!soffice)('converts with LibreOffice to a page per slide showing every title and chart label', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'talkdown-soffice-'))
  try {
    const started = Date.now()
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(scratch, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, resolve('talk.pptx')], { stdio: 'pipe', timeout: 300_000 })
    process.stderr.write(`soffice --convert-to pdf: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    const pages = execFileSync('pdftotext', ['-layout', join(scratch, 'talk.pdf'), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squeeze)
    expect(pages).toHaveLength(deck.slides.length)
    expect(deck.slides.filter((slide, index) => !pages[index]!.includes(squeeze(slide.title))).map(slide => slide.title)).toEqual([])
    const missing = deck.slides.flatMap((slide, index) => chartTexts(slide).filter(text => !pages[index]!.includes(squeeze(text))))
    expect(missing, 'chart labels not found in LibreOffice\'s PDF').toEqual([])
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
})

if (!soffice)
  it.skip('LibreOffice (soffice) is not installed: apt-get install libreoffice-impress to check the PPTX renders', () => {})

// Last: it writes talk.pptx again, from the mermaid article.
describe('an article with mermaid diagrams', () => {
  const article = 'test/fixtures/real/en-mermaid-about-diagrams/input.md'
  const output = '.export-pptx-mermaid.md'

  afterAll(async () => {
    await rm(output, { force: true })
  })

  it('shows each diagram as the talk\'s picture of it, and none of their source, on its slide', async () => {
    const built = await generateFromDisk({ article, output, force: true })
    const started = Date.now()
    execFileSync(process.execPath, ['bin/talkdown.js', 'export', article, '-o', output, '--format', 'pptx', '--force'], { stdio: 'pipe' })
    process.stderr.write(`talkdown export --format pptx (mermaid article): ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    const diagrams = built.deck!.slides.map(slide => slide.body.filter(block => block.type === 'code' && block.lang === 'mermaid'))
    expect(diagrams.flat().length).toBeGreaterThan(3)
    zip = await JSZip.loadAsync(await readFile('talk.pptx'))
    for (const [index, shown] of diagrams.entries()) {
      const xml = await part(`ppt/slides/slide${index + 1}.xml`)
      expect(xml.match(/<p:pic>/g) ?? [], `pictures on slide ${index + 1}`).toHaveLength(shown.length)
      for (const diagram of shown) {
        // No line of the diagram's source, not even its kind's keyword line, is on the slide.
        const lines = diagram.type === 'code' ? diagram.value.split('\n').map(line => line.trim()).filter(line => line.length > 3) : []
        expect(lines.filter(line => squeeze(texts(xml)).includes(squeeze(line))), `source on slide ${index + 1}`).toEqual([])
      }
    }
    const pictures = Object.keys(zip.files).filter(name => /^ppt\/media\/.+\.png$/.test(name))
    expect(pictures).toHaveLength(diagrams.flat().length)
  })
})
