// Bar and growth charts as native PowerPoint charts (ppt/charts/): their data stays
// editable in PowerPoint's sheet, and their labels are text.
import type PptxGenJS from 'pptxgenjs'
import type { BarChart, GrowthChart } from '../../pipeline/index.ts'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { chartRows, chartSummary, doublings } from '../../pipeline/index.ts'
import { barValues } from './bar-values.ts'
import { inch, pt } from './geometry.ts'

// The chart's text alternative, as the slide's SVG gives it.
function altText(chart: BarChart | GrowthChart): string {
  const summary = chartSummary(chart)
  return `${summary.title}: ${summary.desc}`
}

function axes(context: PptxContext): PptxGenJS.IChartOpts {
  const { colors, font } = context
  const label = { catAxisLabelFontFace: font, catAxisLabelFontSize: pt(22), catAxisLabelColor: colors.ink, valAxisLabelFontFace: font, valAxisLabelFontSize: pt(18), valAxisLabelColor: colors.muted }
  return { ...label, catAxisLineColor: colors.muted, valAxisLineShow: false, valGridLine: { color: colors.accentSoft, size: 1 }, lang: context.lang }
}

/** A horizontal bar chart of `chart` in `area`. */
export function barChart(slide: PptxGenJS.Slide, chart: BarChart, area: Box, context: PptxContext): void {
  if (chart.groups)
    return groupedBarChart(slide, chart, chart.groups, area, context)
  const { labels, values, format } = barValues(chart)
  // PowerPoint draws the first category at the bottom of a bar chart; the talk lists top down.
  const data = [{ name: chart.unit ?? chart.title ?? '', labels: [...labels].reverse(), values: [...values].reverse() }]
  slide.addChart(context.pptx.ChartType.bar, data, {
    ...area,
    ...axes(context),
    barDir: 'bar',
    chartColors: [context.colors.accent],
    barGapWidthPct: 60,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: context.font,
    dataLabelFontSize: pt(22),
    dataLabelFontBold: true,
    dataLabelColor: context.colors.ink,
    ...(format ? { dataLabelFormatCode: format, valAxisLabelFormatCode: format } : {}),
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    ...(chart.unit ? { showValAxisTitle: true, valAxisTitle: chart.unit, valAxisTitleFontFace: context.font, valAxisTitleFontSize: pt(18), valAxisTitleColor: context.colors.muted } : {}),
    altText: altText(chart),
  })
}

/** A table's columns as grouped bars, one series a column, with a legend (an empty cell draws no bar). */
function groupedBarChart(slide: PptxGenJS.Slide, chart: BarChart, groups: string[], area: Box, context: PptxContext): void {
  // PowerPoint draws the first category, and in it the first series, at the bottom of a bar chart; the talk lists top down.
  const items = [...chart.items].reverse()
  const colors = [context.colors.accent, context.colors.accent2, context.colors.muted, context.colors.ink].slice(0, groups.length)
  const data = groups.map((name, k) => ({ name, labels: items.map(item => item.label), values: items.map(item => (k ? item.more?.[k - 1]?.value : item.value) ?? 0) })).reverse()
  slide.addChart(context.pptx.ChartType.bar, data, {
    ...area,
    ...axes(context),
    barDir: 'bar',
    barGrouping: 'clustered',
    chartColors: colors.reverse(),
    barGapWidthPct: 60,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: context.font,
    legendFontSize: pt(18),
    legendColor: context.colors.ink,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: context.font,
    dataLabelFontSize: pt(18),
    dataLabelColor: context.colors.ink,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    altText: altText(chart),
  })
}

/** The growth curve as a line chart of the multiple at each doubling, with the article's claim under it. */
export function growthChart(slide: PptxGenJS.Slide, chart: GrowthChart, area: Box, context: PptxContext): void {
  const points = doublings(chart)
  const [monthWord, timesWord] = chartRows(chart, context.deckLang).columns
  const data = [{ name: chart.label, labels: points.map(point => String(point.month)), values: points.map(point => point.times) }]
  const claim = inch(44)
  slide.addChart(context.pptx.ChartType.line, data, {
    ...area,
    h: area.h - claim,
    ...axes(context),
    chartColors: [context.colors.accent],
    lineSize: 4,
    lineSmooth: true,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 10,
    showValue: true,
    dataLabelPosition: 't',
    dataLabelFormatCode: '0"×"',
    dataLabelFontFace: context.font,
    dataLabelFontSize: pt(18),
    dataLabelColor: context.colors.ink,
    valAxisLabelFormatCode: '0"×"',
    showCatAxisTitle: true,
    catAxisTitle: monthWord,
    catAxisTitleFontFace: context.font,
    catAxisTitleColor: context.colors.muted,
    catAxisTitleFontSize: pt(18),
    showValAxisTitle: true,
    valAxisTitle: timesWord,
    valAxisTitleFontFace: context.font,
    valAxisTitleColor: context.colors.muted,
    valAxisTitleFontSize: pt(18),
    altText: altText(chart),
  })
  slide.addText(chart.display, { x: area.x, y: area.y + area.h - claim, w: area.w, h: claim, fontFace: context.font, fontSize: pt(24), bold: true, color: context.colors.accent2, lang: context.lang })
}
