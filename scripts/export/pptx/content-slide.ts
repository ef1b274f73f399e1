// Content, agenda and chart slides: the title (a real title placeholder, so PowerPoint's
// outline and screen readers find it) over a rule, then bullets, tables, images or a chart.
import type { RootContent, Table } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { Chart, Slide } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { toString } from 'mdast-util-to-string'
import { blockParagraphs, textRuns } from './block-text.ts'
import { barChart, growthChart } from './chart-native.ts'
import { glossaryTable, rankingTable, statCards, timelineShapes } from './chart-shapes.ts'
import { textBase } from './context.ts'
import { isPicturedDiagram } from './diagram-label.ts'
import { bodyBox, box, pt } from './geometry.ts'
import { drawDiagram, drawImage, slideVisuals } from './slide-images.ts'

type Drawer<T> = (slide: PptxGenJS.Slide, chart: T, area: Box, context: PptxContext) => void
const charts: { [K in Chart['type']]: Drawer<Extract<Chart, { type: K }>> } = {
  bar: barChart,
  growth: growthChart,
  stat: statCards,
  ranking: rankingTable,
  glossary: glossaryTable,
  timeline: timelineShapes,
}

/** The slide's title in the master's title placeholder, styled as `.slidev-layout.default h1`. */
export function slideTitle(slide: PptxGenJS.Slide, title: string, context: PptxContext): void {
  slide.addText(title, { placeholder: 'title', ...textBase(context, pt(33.6)), bold: true, align: 'left', valign: 'bottom', margin: 0, fit: 'shrink' })
  slide.addShape(context.pptx.ShapeType.line, { ...box(56, 98, 868, 0), line: { color: context.colors.accentSoft, width: 2.25 } })
}

function tableRows(table: Table, context: PptxContext): PptxGenJS.TableRow[] {
  return table.children.map((row, index) => row.children.map(cell => ({ text: toString(cell), options: { ...textBase(context, pt(19.2)), bold: index === 0, fill: { color: index === 0 ? context.colors.accentSoft : context.colors.background } } })))
}

// Image-only paragraphs and drawn diagrams are pictures, tables get a table: the rest is the text box.
function isText(block: RootContent): boolean {
  return block.type !== 'table' && !isPicturedDiagram(block) && !(block.type === 'paragraph' && block.children.every(child => child.type === 'image' || (child.type === 'text' && !child.value.trim())))
}

function drawText(slide: PptxGenJS.Slide, blocks: RootContent[], area: Box, context: PptxContext, size: number): void {
  const paragraphs = blockParagraphs(blocks, { colors: context.colors, base: textBase(context, size) })
  if (paragraphs.length)
    slide.addText(textRuns(paragraphs, { paraSpaceBefore: 4 }), { ...area, valign: 'top', fit: 'shrink', margin: 2 })
}

function drawBody(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  const text = source.body.filter(isText)
  const tables = source.body.filter((block): block is Table => block.type === 'table')
  const images = slideVisuals(source.body)
  const size = source.kind === 'agenda' ? pt(20.8) : pt(24.8)
  const split = (tables.length || images.length) && text.length
  const textArea = split ? (images.length ? { ...bodyBox, w: bodyBox.w * 0.56 } : { ...bodyBox, h: bodyBox.h * 0.45 }) : bodyBox
  const list = text.length === 1 ? text[0] : undefined
  // Long agendas run in two columns (`.td-columns`), as on the talk's slide.
  if (source.class?.includes('td-columns') && list?.type === 'list') {
    const half = Math.ceil(list.children.length / 2)
    const second = { ...list, start: (list.start ?? 1) + half, children: list.children.slice(half) }
    drawText(slide, [{ ...list, children: list.children.slice(0, half) }], { ...bodyBox, w: bodyBox.w / 2 - 0.2 }, context, size)
    drawText(slide, [second], { ...bodyBox, x: bodyBox.x + bodyBox.w / 2 + 0.2, w: bodyBox.w / 2 - 0.2 }, context, size)
  }
  else {
    drawText(slide, text, textArea, context, size)
  }
  const rest: Box = !text.length ? bodyBox : images.length ? { ...bodyBox, x: bodyBox.x + bodyBox.w * 0.6, w: bodyBox.w * 0.4 } : { ...bodyBox, y: bodyBox.y + bodyBox.h * 0.5, h: bodyBox.h * 0.5 }
  tables.forEach(table => slide.addTable(tableRows(table, context), { ...rest, border: { type: 'solid', pt: 1, color: context.colors.accentSoft }, autoPage: false }))
  let diagrams = 0
  images.forEach((visual, index) => {
    const area = { ...rest, y: rest.y + index * rest.h / images.length, h: rest.h / images.length }
    if (visual.type === 'code')
      drawDiagram(slide, visual, diagrams++, area, context)
    else
      drawImage(slide, visual, area, context)
  })
}

/** A section's title above a later slide's own title, styled as `.td-kicker` (1.15rem, bold, muted). */
function kicker(slide: PptxGenJS.Slide, text: string, context: PptxContext): void {
  slide.addText(text, { ...box(56, 8, 868, 22), ...textBase(context, pt(18.4), context.colors.muted), bold: true, align: 'left', valign: 'bottom', margin: 0, fit: 'shrink' })
}

/** Draw a content or agenda slide (with its chart, when it has one). */
export function contentSlide(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  if (source.kicker)
    kicker(slide, source.kicker, context)
  slideTitle(slide, source.title, context)
  if (source.chart) {
    const draw = charts[source.chart.type] as Drawer<Chart>
    draw(slide, source.chart, bodyBox, context)
    return
  }
  drawBody(slide, source, context)
}
