// Two PDFs compared page for page as a reader sees them: each page's text (`pdftotext`,
// whitespace squeezed) and its pixels rendered at 36 dpi (`pdftoppm`, ImageMagick `compare`).
import { execFileSync } from 'node:child_process'
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
