// Two PDFs compared page for page as a reader sees them: each page's text (`pdftotext`,
// whitespace squeezed) and its pixels rendered at 36 dpi (`pdftoppm`, ImageMagick `compare`);
// and what every exported PDF must carry: tags and the chapter bookmarks.
import type { Deck } from '../../scripts/pipeline/index.ts'
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { pdfBookmarks } from '../support/pdf-outline.ts'
import { squeeze } from './seed-deck.ts'

/** The text of each page of `pdf`, without whitespace. */
export function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squeeze)
}

// Renders every page of `pdf` to PNGs beside it; the file names in page order.
function renderPages(pdf: string): string[] {
  const prefix = pdf.replace(/\.pdf$/, '')
  execFileSync('pdftoppm', ['-r', '36', '-png', pdf, prefix])
  return execFileSync('sh', ['-c', `ls ${prefix}-*.png`], { encoding: 'utf8' }).trim().split('\n')
}

function differingPixels(a: string, b: string): number {
  try {
    return Number(execFileSync('compare', ['-metric', 'AE', '-fuzz', '5%', a, b, 'null:'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))
  }
  catch (error) {
    // compare exits 1 when the images differ and prints the count on stderr.
    return Number(String((error as { stderr?: string }).stderr ?? 'NaN'))
  }
}

/** Page numbers (1-based) whose text or pixels differ between `a` and `b`; every page when the counts differ. */
export function differingPages(a: string, b: string): number[] {
  const [textsA, textsB] = [pageTexts(a), pageTexts(b)]
  const [pngsA, pngsB] = [renderPages(a), renderPages(b)]
  if (textsA.length !== textsB.length || pngsA.length !== pngsB.length)
    return Array.from({ length: Math.max(textsA.length, textsB.length) }, (_, index) => index + 1)
  return pngsA.flatMap((png, index) => textsA[index] !== textsB[index] || differingPixels(png, pngsB[index]!) > 0 ? [index + 1] : [])
}

/** Expect `pdf` tagged (`pdfinfo`), with a bookmark for every chapter of `deck` at its divider (or first slide), in order, each section once under its chapter. */
export async function expectTaggedWithChapters(pdf: string, deck: Deck): Promise<void> {
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), `${pdf} tagged`).toMatch(/^Tagged:\s+yes$/m)
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
