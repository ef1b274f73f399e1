// Timeline, ranking, stat cards and glossary as PowerPoint shapes and tables: every label
// is a text box or a table cell, never a picture. The timeline keeps the talk's layout
// (components/timeline-layout.ts), mapped from the chart's SVG units onto the slide.
import type PptxGenJS from 'pptxgenjs'
import type { GlossaryChart, RankingChart, StatChart, TimelineChart } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { CHART } from '../../../components/chart-size.ts'
import { timelineLayout } from '../../../components/timeline-layout.ts'
import { textBase } from './context.ts'
import { pt } from './geometry.ts'

/** Stat cards: the figure big in the accent colour, what it measures under it. */
export function statCards(slide: PptxGenJS.Slide, chart: StatChart, area: Box, context: PptxContext): void {
  const { colors, pptx } = context
  const columns = Math.min(chart.items.length, 3)
  const rows = Math.ceil(chart.items.length / columns)
  const gap = 0.2
  const w = (area.w - gap * (columns - 1)) / columns
  const h = Math.min(2.6, (area.h - gap * (rows - 1)) / rows)
  chart.items.forEach((item, index) => {
    const x = area.x + (index % columns) * (w + gap)
    const y = area.y + Math.floor(index / columns) * (h + gap)
    slide.addText([
      { text: item.display, options: { ...textBase(context, pt(52), colors.accent), bold: true, breakLine: true } },
      { text: item.label, options: textBase(context, pt(22)) },
    ], { x, y, w, h, shape: pptx.ShapeType.roundRect, rectRadius: 0.12, fill: { color: colors.surface }, align: 'center', valign: 'middle', fit: 'shrink' })
    slide.addShape(pptx.ShapeType.rect, { x: x + 0.12, y, w: w - 0.24, h: 0.08, fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } })
  })
}

function cell(text: string, options: PptxGenJS.TableCellProps): PptxGenJS.TableCell {
  return { text, options }
}

/** The ranking as a table, best first; highlighted entries on the accent's soft tint. */
export function rankingTable(slide: PptxGenJS.Slide, chart: RankingChart, area: Box, context: PptxContext): void {
  const { colors } = context
  const size = chart.items.length > 6 ? pt(20) : pt(24)
  const rows = chart.items.map((item) => {
    const fill = { color: item.highlight ? colors.accentSoft : colors.surface }
    const base = { ...textBase(context, size), fill, valign: 'middle' as const }
    return [cell(String(item.rank), { ...base, bold: true, align: 'center', color: item.highlight ? colors.accent : colors.ink }), cell(item.label, { ...base, bold: true }), cell(item.note ?? '', { ...base, align: 'right' })]
  })
  slide.addTable(rows, { x: area.x, y: area.y, w: area.w, colW: [0.8, area.w * 0.5, area.w * 0.5 - 0.8], rowH: Math.min(0.62, area.h / rows.length), border: { type: 'solid', pt: 2, color: colors.background }, autoPage: false })
}

/** The glossary as a table: term, gloss, definition. */
export function glossaryTable(slide: PptxGenJS.Slide, chart: GlossaryChart, area: Box, context: PptxContext): void {
  const { colors } = context
  const size = chart.items.length > 6 ? pt(18) : pt(22)
  const rows = chart.items.map((item) => {
    const base = { ...textBase(context, size), fill: { color: colors.surface }, valign: 'middle' as const }
    return [cell(item.term, { ...base, bold: true, color: colors.accent }), cell(item.gloss ?? '', { ...base, italic: true, color: colors.muted }), cell(item.definition, base)]
  })
  slide.addTable(rows, { x: area.x, y: area.y, w: area.w, colW: [area.w * 0.28, area.w * 0.22, area.w * 0.5], border: { type: 'solid', pt: 2, color: colors.background }, autoPage: false })
}

/** The timeline: axis, a dot per event, and its date and label in lanes above and below, as on the slide. */
export function timelineShapes(slide: PptxGenJS.Slide, chart: TimelineChart, area: Box, context: PptxContext): void {
  const { colors, pptx } = context
  const layout = timelineLayout(chart)
  const scale = Math.min(area.w / CHART.width, area.h / CHART.height)
  const left = area.x + (area.w - CHART.width * scale) / 2
  const at = (x: number, y: number): { x: number, y: number } => ({ x: left + x * scale, y: area.y + y * scale })
  const hues = [colors.accent, colors.accent2, '15803D', '7E22CE']
  const hue = (index: number): string => hues[Math.max(0, index) % hues.length]!
  const axis = at(layout.x0, layout.axisY)
  slide.addShape(pptx.ShapeType.line, { ...axis, w: (layout.x1 - layout.x0) * scale, h: 0, line: { color: colors.muted, width: 2.5 } })
  layout.groups.forEach((group, index) => {
    const spot = at(index * 260, 0)
    slide.addShape(pptx.ShapeType.ellipse, { ...spot, w: 14 * scale, h: 14 * scale, fill: { color: hue(index) }, line: { color: hue(index), width: 0 } })
    slide.addText(group, { ...textBase(context, pt(18)), x: spot.x + 20 * scale, y: spot.y - 4 * scale, w: 230 * scale, h: 22 * scale, margin: 0 })
  })
  for (const mark of layout.marks) {
    const top = Math.min(layout.axisY, mark.lane % 2 === 0 ? mark.labelY + 30 : mark.labelY - 22)
    const leader = at(mark.x, top)
    slide.addShape(pptx.ShapeType.line, { ...leader, w: 0, h: Math.abs((mark.lane % 2 === 0 ? mark.labelY + 30 : mark.labelY - 22) - layout.axisY) * scale, line: { color: colors.muted, width: 1 } })
    const dot = at(mark.x - 9, layout.axisY - 9)
    slide.addShape(pptx.ShapeType.ellipse, { ...dot, w: 18 * scale, h: 18 * scale, fill: { color: hue(mark.groupIndex) }, line: { color: hue(mark.groupIndex), width: 0 } })
    const label = at(mark.labelX - 20, mark.labelY - 20)
    const w = (mark.labelWidth + 40) * scale
    slide.addText([
      { text: mark.date, options: { ...textBase(context, pt(20), hue(mark.groupIndex)), bold: true, breakLine: true } },
      { text: mark.lines.join('\n'), options: textBase(context, pt(18)) },
    ], { ...label, w, h: (mark.labelHeight + 20) * scale, align: 'center', valign: 'top', margin: 0, wrap: false })
  }
}
