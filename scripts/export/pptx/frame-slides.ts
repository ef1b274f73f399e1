// The cover, chapter divider, quote and closing slides in the talk's look
// (styles/index.css: `.cover`, `.section`, `.quote`, the centred end slide).
import type { RootContent } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { Slide } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import { plainTitle } from '../../pipeline/index.ts'
import { blockParagraphs, textRuns } from './block-text.ts'
import { textBase } from './context.ts'
import { box, pt, slideHeight, slideWidth } from './geometry.ts'

function after(body: RootContent[], type: RootContent['type']): RootContent[] {
  return body.filter(block => block.type !== type)
}

function runs(blocks: RootContent[], context: PptxContext, size: number, color: string, shared: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps[] {
  return textRuns(blockParagraphs(blocks, { colors: context.colors, base: textBase(context, size, color) }), shared)
}

/** The cover: the title big and white on the deep blue of the cover gradient, subtitle and byline under it. */
export function coverSlide(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  const { colors, pptx } = context
  // The gradient's lighter end, as a band along the bottom.
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: slideHeight - 0.28, w: slideWidth, h: 0.28, fill: { color: '38BDF8' }, line: { color: '38BDF8', width: 0 } })
  slide.addText(plainTitle(source.title), { placeholder: 'title', ...textBase(context, pt(51.2), colors.onCover), bold: true, align: 'left', valign: 'bottom', margin: 0, fit: 'shrink' })
  const rest = after(source.body, 'heading')
  if (rest.length)
    slide.addText(runs(rest, context, pt(22.4), colors.onCover, { paraSpaceBefore: 6 }), { ...box(56, 300, 868, 150), valign: 'top', margin: 0 })
}

/** A chapter divider: the title centred on the surface colour, the accent bar down the left edge. */
export function chapterSlide(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  const { colors, pptx } = context
  slide.addShape(pptx.ShapeType.rect, { ...box(0, 0, 14, 552), fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } })
  slide.addText(plainTitle(source.title), { placeholder: 'title', ...textBase(context, pt(44.8)), bold: true, align: 'center', valign: 'bottom', margin: 0, fit: 'shrink' })
  const rest = after(source.body, 'heading')
  if (rest.length)
    slide.addText(runs(rest, context, pt(20.8), colors.muted, { lineSpacingMultiple: 1.3, align: 'center' }), { ...box(70, 296, 854, 180), valign: 'top', margin: 0 })
}

/** A quote: the words in a box with the accent bar on its left, the attribution under it, right-aligned. */
export function quoteSlide(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  const { colors, pptx } = context
  // The talk shows no heading here; the slide still names its section (small, muted) for its title.
  slide.addText(plainTitle(source.title), { placeholder: 'title', ...textBase(context, pt(18), colors.muted), align: 'left', margin: 0, valign: 'top' })
  const quote = source.body.filter(block => block.type === 'blockquote')
  slide.addShape(pptx.ShapeType.rect, { ...box(56, 96, 868, 300), fill: { color: colors.surface }, line: { color: colors.surface, width: 0 } })
  slide.addShape(pptx.ShapeType.rect, { ...box(56, 96, 8, 300), fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } })
  // `.quote blockquote strong` is bold only: not the accent colour of the default layout.
  const plain = { ...context, colors: { ...colors, accent: colors.ink } }
  slide.addText(runs(quote.flatMap(block => block.type === 'blockquote' ? block.children : []), plain, pt(27.2), colors.ink, { lineSpacingMultiple: 1.2 }), { ...box(84, 106, 820, 280), valign: 'middle', fit: 'shrink' })
  const attribution = after(source.body, 'blockquote')
  if (attribution.length)
    slide.addText(runs(attribution, context, pt(20), colors.muted, { align: 'right' }), { ...box(56, 410, 868, 60), valign: 'top', margin: 0 })
}

/** The closing slide: its words and the talk's title, centred. */
export function endSlide(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  slide.addText(plainTitle(source.title), { placeholder: 'title', ...textBase(context, pt(40), context.colors.accent), bold: true, align: 'center', valign: 'bottom', margin: 0 })
  const rest = after(source.body, 'heading')
  if (rest.length)
    slide.addText(runs(rest, context, pt(22.4), context.colors.muted, { align: 'center' }), { ...box(56, 296, 868, 80), valign: 'top', margin: 0 })
}
