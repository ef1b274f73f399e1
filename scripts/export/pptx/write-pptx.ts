// The deck model to a native PowerPoint file: one slide per talk slide in the talk's
// layout and colours, real text boxes, native bar and growth charts, shapes and tables
// for the other charts, the speaker notes as notes, and a section per chapter.
import type { Deck, Slide } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import type { DiagramPictures } from './diagram-label.ts'
import PptxGenJS from 'pptxgenjs'
import { deckOutline, langTags, plainTitle } from '../../pipeline/index.ts'
import { contentSlide } from './content-slide.ts'
import { eastAsianFonts, fixPackage } from './fix-package.ts'
import { chapterSlide, coverSlide, endSlide, quoteSlide } from './frame-slides.ts'
import { slideHeight, slideWidth } from './geometry.ts'
import { defineMasters, masterName } from './masters.ts'
import { notesText } from './notes-text.ts'
import { palette } from './palette.ts'

type Draw = (slide: PptxGenJS.Slide, source: Slide, context: PptxContext) => void
const layouts: Record<Slide['kind'], Draw> = { cover: coverSlide, agenda: contentSlide, chapter: chapterSlide, content: contentSlide, quote: quoteSlide, end: endSlide }

/** Options of `writePptx`. */
export interface PptxOptions {
  /** Folder of slides.md, against which the deck's image paths resolve. */
  base: string
  /** Pictures of each slide's mermaid diagrams (diagram-pictures.ts); a slide without them shows a label per diagram. */
  diagrams?: DiagramPictures
}

// Which section (chapter) each slide belongs to: the last outline entry at or before it.
function sectionTitles(deck: Deck): string[] {
  const starts = deckOutline(deck)
  return deck.slides.map((_, index) => starts.findLast(entry => entry.slide <= index)?.title ?? plainTitle(deck.title))
}

/** The PowerPoint file of `deck`, as bytes. */
export async function writePptx(deck: Deck, options: PptxOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'TALKDOWN', width: slideWidth, height: slideHeight })
  pptx.layout = 'TALKDOWN'
  pptx.title = plainTitle(deck.title)
  pptx.subject = deck.subtitle ?? plainTitle(deck.title)
  pptx.author = deck.author ?? ''
  pptx.company = 'talkdown'
  const eastAsian = eastAsianFonts[deck.lang]
  const font = deck.lang === 'en' ? 'Noto Sans' : eastAsian
  pptx.theme = { headFontFace: font, bodyFontFace: font }
  const colors = palette(deck.colorSchema)
  defineMasters(pptx, colors)
  const context: PptxContext = { pptx, colors, font, lang: langTags[deck.lang], deckLang: deck.lang, base: options.base, diagrams: [] }
  const sections = sectionTitles(deck)
  for (const title of new Set(sections))
    pptx.addSection({ title })
  deck.slides.forEach((source, index) => {
    const slide = pptx.addSlide({ masterName: masterName(source.kind), sectionTitle: sections[index] })
    layouts[source.kind](slide, source, { ...context, diagrams: options.diagrams?.[index] ?? [] })
    slide.addNotes(notesText(source.notes))
  })
  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return fixPackage(written, eastAsian)
}
