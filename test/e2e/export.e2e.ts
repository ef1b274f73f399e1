// Exports: talk.pdf (a page per slide, none blank, titles as text, Noto Sans SC
// embedded, tagged, bookmarked), the picture PPTX with notes, and the handout (each
// slide above its notes, tagged and bookmarked). The native PPTX: pptx.e2e.ts.
import type { Deck } from '../../scripts/pipeline/index.ts'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { pdfBookmarks } from '../support/pdf-outline.ts'
import { chartTexts, letters, notesStart, seedDeck, squeeze } from './seed-deck.ts'

let deck: Deck

beforeAll(async () => {
  deck = await seedDeck()
})

// A page cache of this file's own, empty at its start: the first export prints every slide
// (an earlier run's pages of another version of the seed would make it a merge, untagged).
const cacheDir = mkdtempSync(join(tmpdir(), 'talkdown-export-e2e-cache-'))
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }))

function talkdown(...args: string[]): string {
  const started = Date.now()
  const output = execFileSync(process.execPath, ['bin/talkdown.js', 'export', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TALKDOWN_CACHE_DIR: cacheDir } })
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

// Every chapter of the agenda, at the page of its divider (or first slide), in order.
async function expectChapterBookmarks(pdf: string): Promise<void> {
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
  const bookmarks = await pdfBookmarks(await readFile(pdf))
  const chapters = deck.chapters.map(title => ({ title, page: deck.slides.findIndex(slide => slide.title === title || slide.section === title) }))
  expect(bookmarks.filter(bookmark => deck.chapters.includes(bookmark.title)).map(({ title, page }) => ({ title, page }))).toEqual(chapters)
  const titles = bookmarks.map(bookmark => bookmark.title)
  expect(titles.filter((title, index) => titles.indexOf(title) !== index), 'bookmarked twice').toEqual([])
  // Every section of the deck (short ones share a slide, a slide titled as its chapter is
  // the chapter's) once, under its chapter, at its first slide.
  const sections = [...new Set(deck.slides.flatMap(slide => slide.section && !deck.chapters.includes(slide.section) ? [slide.section] : []))]
  expect(sections.length).toBeGreaterThan(5)
  const expected = sections.map(title => ({ title, page: deck.slides.findIndex(slide => slide.section === title) }))
  expect(bookmarks.flatMap(bookmark => bookmark.children).map(({ title, page }) => ({ title, page }))).toEqual(expected)
}

it('tags talk.pdf, keeps its title and language, and bookmarks every chapter and section', async () => {
  await expectChapterBookmarks('talk.pdf')
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
  await expectChapterBookmarks('talk-handout.pdf')
})
