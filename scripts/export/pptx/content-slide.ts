// Content, agenda and chart slides: the title (a real title placeholder, so PowerPoint's
// outline and screen readers find it) over a rule, then bullets, tables, images or a chart.
import type { RootContent, Table } from 'mdast'
import type { Math as MathBlock } from 'mdast-util-math'
import type PptxGenJS from 'pptxgenjs'
import type { Chart, Slide } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { toString } from 'mdast-util-to-string'
import { plainTitle } from '../../pipeline/index.ts'
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

// Image-only paragraphs and drawn diagrams are pictures, tables get a table, display formulas
// a box of their own: the rest is the text box.
function isText(block: RootContent): boolean {
  return block.type !== 'table' && block.type !== 'math' && !isPicturedDiagram(block) && !(block.type === 'paragraph' && block.children.every(child => child.type === 'image' || (child.type === 'text' && !child.value.trim())))
}

function drawText(slide: PptxGenJS.Slide, blocks: RootContent[], area: Box, context: PptxContext, size: number): void {
  const paragraphs = blockParagraphs(blocks, { colors: context.colors, base: textBase(context, size) })
  if (paragraphs.length)
    slide.addText(textRuns(paragraphs, { paraSpaceBefore: 4 }), { ...area, valign: 'top', fit: 'shrink', margin: 2 })
}

// A display formula alone in its text box, as PowerPoint writes an inserted equation: LibreOffice
// makes an equation of a box whose only paragraph is one, and drops it from a box that has text
// too (oox's Shape::createAndInsert: "losing a Math object").
function drawEquation(slide: PptxGenJS.Slide, math: MathBlock, area: Box, context: PptxContext, size: number): void {
  const paragraphs = blockParagraphs([math], { colors: context.colors, base: textBase(context, size) })
  slide.addText(textRuns(paragraphs), { ...area, valign: 'middle', fit: 'shrink', margin: 2 })
}

function drawBody(slide: PptxGenJS.Slide, source: Slide, context: PptxContext): void {
  const text = source.body.filter(isText)
  // Tables and formulas go under the text, pictures (images, diagrams) beside it.
  const under = source.body.filter((block): block is Table | MathBlock => block.type === 'table' || block.type === 'math')
  const pictures = slideVisuals(source.body)
  const size = source.kind === 'agenda' ? pt(20.8) : pt(24.8)
  const column = pictures.length && (text.length || under.length) ? { ...bodyBox, w: bodyBox.w * 0.56 } : bodyBox
  const textArea = under.length && text.length ? { ...column, h: column.h * 0.45 } : column
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
  const below: Box = text.length ? { ...column, y: column.y + column.h * 0.5, h: column.h * 0.5 } : column
  under.forEach((block, index) => {
    const area = { ...below, y: below.y + index * below.h / under.length, h: below.h / under.length }
    if (block.type === 'table')
      slide.addTable(tableRows(block, context), { ...area, border: { type: 'solid', pt: 1, color: context.colors.accentSoft }, autoPage: false })
    else
      drawEquation(slide, block, area, context, size)
  })
  const beside: Box = column === bodyBox ? bodyBox : { ...bodyBox, x: bodyBox.x + bodyBox.w * 0.6, w: bodyBox.w * 0.4 }
  let diagrams = 0
  pictures.forEach((visual, index) => {
    const area = { ...beside, y: beside.y + index * beside.h / pictures.length, h: beside.h / pictures.length }
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
    kicker(slide, plainTitle(source.kicker), context)
  slideTitle(slide, plainTitle(source.title), context)
  if (source.chart) {
    const draw = charts[source.chart.type] as Drawer<Chart>
    draw(slide, source.chart, bodyBox, context)
    return
  }
  drawBody(slide, source, context)
}
