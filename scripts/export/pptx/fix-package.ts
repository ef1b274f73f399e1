// Two repairs of the package pptxgenjs 4.0.1 writes, made on its XML parts:
// - it names one typeface for Latin, East Asian and complex scripts alike; the talk falls
//   back to Noto Sans SC for Chinese and Noto Sans JP for Japanese (styles/index.css), so every `<a:ea>` points at the deck's;
// - it writes paragraph properties (`<a:pPr>`) before every run of a paragraph, not only
//   the first; PowerPoint asks to repair such a file and LibreOffice drops the bullet,
//   so each one after a run or line break is removed.
// - a display formula's run holds its equation's mark (math-omml.ts), made the equation here.
import type { Lang } from '../../pipeline/index.ts'
import JSZip from 'jszip'
import { equations } from './math-omml.ts'

/** The East Asian font the talk bundles, per deck language (Japanese in Chinese glyph forms reads wrong). */
export const eastAsianFonts: Record<Lang, string> = { zh: 'Noto Sans SC', en: 'Noto Sans SC', ja: 'Noto Sans JP' }

const parts = /^ppt\/(?:slides|notesSlides|charts|slideLayouts|slideMasters|theme)\/[^/]+\.xml$/

/** The XML of one part, repaired, its East Asian text in `eastAsian`. */
export function fixPart(xml: string, eastAsian = eastAsianFonts.zh): string {
  return equations(xml)
    .replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${eastAsian}"`)
    .replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/gs, '$1')
}

/** `pptx` (a PowerPoint package) with every part repaired, its East Asian text in `eastAsian`. */
export async function fixPackage(pptx: Uint8Array, eastAsian = eastAsianFonts.zh): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  for (const name of Object.keys(zip.files).filter(name => parts.test(name))) {
    const xml = await zip.file(name)!.async('string')
    const fixed = fixPart(xml, eastAsian)
    if (fixed !== xml)
      zip.file(name, fixed)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
