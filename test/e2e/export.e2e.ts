// Exports: talk.pdf (a page per slide, none blank, titles as text, Noto Sans SC
// embedded, tagged, bookmarked), the picture PPTX with notes, and the handout (each
// slide above its notes, tagged and bookmarked). The native PPTX: pptx.e2e.ts.
import type { Deck } from '../../scripts/pipeline/index.ts'
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import process from 'node:process'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { expectTaggedWithChapters } from './pdf-pages.ts'
import { chartTexts, letters, notesStart, seedDeck, squeeze } from './seed-deck.ts'

let deck: Deck

beforeAll(async () => {
  deck = await seedDeck()
})

function talkdown(...args: string[]): string {
  const started = Date.now()
  const output = execFileSync(process.execPath, ['bin/talkdown.js', 'export', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  process.stderr.write(`talkdown export ${args.join(' ')}: ${Math.round((Date.now() - started) / 1000)} s\n`)
  return output
}

function pages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

it('writes talk.pdf: one page per slide, none blank, titles as text, the CJK font embedded', () => {
  const since = Date.now()
  talkdown()
  expect(statSync('talk.pdf').mtimeMs).toBeGreaterThanOrEqual(since - 1000)
  const text = pages('talk.pdf')
  expect(text).toHaveLength(deck.slides.length)
  expect(text.filter(page => !page.trim()).length, 'blank pages').toBe(0)
  const lost = deck.slides.filter((slide, index) => slide.kind !== 'quote' && !squeeze(text[index]!).includes(squeeze(slide.title)))
  expect(lost.map(slide => slide.title)).toEqual([])
  expect(execFileSync('pdffonts', ['talk.pdf'], { encoding: 'utf8' })).toMatch(/NotoSansSC/)
  const missing = deck.slides.flatMap((slide, index) => chartTexts(slide).filter(part => !squeeze(text[index]!).includes(squeeze(part))))
  expect(missing, 'chart labels not found as text in talk.pdf').toEqual([])
})

it('tags talk.pdf, keeps its title and language, and bookmarks every chapter and section', async () => {
  await expectTaggedWithChapters('talk.pdf', deck)
  const info = execFileSync('pdfinfo', ['talk.pdf'], { encoding: 'utf8' }).split('\n')
  expect(info.find(line => line.startsWith('Title:'))?.replace(/^Title:\s+/, '')).toBe(deck.title)
  const document = await PDFDocument.load(await readFile('talk.pdf'), { updateMetadata: false })
  expect(document.catalog.lookup(PDFName.of('Lang'), PDFHexString).decodeText()).toBe(deck.lang === 'zh' ? 'zh-CN' : 'en-US')
})

it('writes a picture-per-slide talk.pptx (pptx-images) with a notes page per slide', () => {
  talkdown('--format', 'pptx-images')
  const files = execFileSync('unzip', ['-Z1', 'talk.pptx'], { encoding: 'utf8' }).split('\n')
  expect(files.filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(deck.slides.length)
  expect(files.filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(deck.slides.length)
  const notes = letters(execFileSync('unzip', ['-p', 'talk.pptx', 'ppt/notesSlides/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/<[^>]+>|&\w+;|&#\d+;/g, ''))
  expect(deck.slides.filter(slide => !notes.includes(notesStart(slide))).map(slide => slide.title)).toEqual([])
})

it('writes the handout: one page per slide, the slide above its notes, tagged and bookmarked', async () => {
  talkdown('--handout')
  const text = pages('talk-handout.pdf')
  expect(text).toHaveLength(deck.slides.length)
  deck.slides.forEach((slide, index) => {
    const page = squeeze(text[index]!)
    expect(letters(page)).toContain(notesStart(slide))
    expect(page).toContain(`${index + 1}/${deck.slides.length}`)
  })
  await expectTaggedWithChapters('talk-handout.pdf', deck)
})
