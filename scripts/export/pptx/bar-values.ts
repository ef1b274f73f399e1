// Bar values as the article writes them: "109B" and "400B" are drawn as 109 and 400 with
// the number format `#,##0.##"B"`, so the chart's labels read like the talk's, and the
// values stay numbers PowerPoint can edit. When the figures do not share a shape, the
// normalised values are used and the article's figures go into the category names.
import type { BarChart } from '../../pipeline/index.ts'

/** What the native bar chart draws. */
export interface BarValues {
  /** Category names, in article order. */
  labels: string[]
  /** One value per category. */
  values: number[]
  /** Number format of the data labels, when the figures share one. */
  format?: string
}

const number = /-?\d[\d,]*(?:\.\d+)?/u

function split(display: string): { prefix: string, value: number, suffix: string } | undefined {
  const text = display.trim()
  const match = number.exec(text)
  return match ? { prefix: text.slice(0, match.index), value: Number(match[0].replaceAll(',', '')), suffix: text.slice(match.index + match[0].length) } : undefined
}

function quoted(text: string): string {
  return text ? `"${text.replaceAll('"', '')}"` : ''
}

/** The labels, values and label format for `chart`. */
export function barValues(chart: BarChart): BarValues {
  const parts = chart.items.map(item => split(item.display))
  const first = parts[0]
  const factor = first && chart.items[0]!.value ? first.value / chart.items[0]!.value : 0
  const same = first && factor > 0 && parts.every((part, index) => part && part.prefix === first.prefix && part.suffix === first.suffix
    && Math.abs(part.value - chart.items[index]!.value * factor) <= Math.abs(part.value) * 0.01)
  if (same && first)
    return { labels: chart.items.map(item => item.label), values: parts.map(part => part!.value), format: `${quoted(first.prefix)}#,##0.##${quoted(first.suffix)}` }
  return { labels: chart.items.map(item => `${item.label} (${item.display})`), values: chart.items.map(item => item.value) }
}
