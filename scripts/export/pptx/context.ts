// What every slide builder gets: the presentation, the colours and the fonts of the deck.
import type PptxGenJS from 'pptxgenjs'
import type { Lang } from '../../pipeline/index.ts'
import type { DiagramPicture } from './diagram-label.ts'
import type { Palette } from './palette.ts'

/** The deck-wide facts a slide is drawn with. */
export interface PptxContext {
  /** The presentation (for its shape and chart type names). */
  pptx: PptxGenJS
  /** Colours of the deck's scheme. */
  colors: Palette
  /** Latin font (the bundled one the talk uses first). */
  font: string
  /** Language of the text, as PowerPoint names it (`zh-CN`, `en-US`). */
  lang: string
  /** Language of the article, for generated words. */
  deckLang: Lang
  /** Folder of slides.md, against which local image paths are resolved. */
  base: string
  /** The pictures of the slide's mermaid diagrams, in order (none when they could not be taken). */
  diagrams: DiagramPicture[]
}

/** Text options every run of the deck starts from. */
export function textBase(context: PptxContext, fontSize: number, color = context.colors.ink): PptxGenJS.TextPropsOptions {
  return { fontFace: context.font, fontSize, color, lang: context.lang }
}
