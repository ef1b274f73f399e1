// Tables of figures as bar charts: a table whose rows are named by a column of words and whose
// other columns hold figures of one kind ("Option | Response count", "Query | 1.2 (s) | 1.1 (s)")
// is drawn as bars (grouped when several columns compare), and the table goes to the notes.
// A table whose numbers do not compare stays a table: rows named by years or versions (a series
// over time), ranks and ids, measures of different units side by side, changes (negative figures).
import type { Table, TableCell, TableRow } from 'mdast'
import type { BarChart, BarItem } from '../../model/chart.ts'
import { toString } from 'mdast-util-to-string'
import { textWidth } from '../../text/width.ts'

/** What a cell's figure counts: cells compare when their kinds match. */
type CellKind = 'number' | 'percent' | 'bytes' | 'seconds' | 'USD' | 'CNY' | 'EUR'

/** A figure read from a whole table cell (its remark in brackets, "25388 (+22600)", stays in the notes' table). */
export interface CellFigure {
  value: number
  kind: CellKind
  /** The figure as the article writes it. */
  display: string
  /** Whether the figure is a whole number without separators or unit (a year, a rank or an id may be one). */
  bare: boolean
}

// Suffixes a cell's figure may carry, with what they count and their scale.
const SUFFIXES: Record<string, { kind: CellKind, scale: number }> = {
  '%': { kind: 'percent', scale: 1 },
  '％': { kind: 'percent', scale: 1 },
  'k': { kind: 'number', scale: 1e3 },
  'K': { kind: 'number', scale: 1e3 },
  'M': { kind: 'number', scale: 1e6 },
  'million': { kind: 'number', scale: 1e6 },
  'billion': { kind: 'number', scale: 1e9 },
  '万': { kind: 'number', scale: 1e4 },
  '亿': { kind: 'number', scale: 1e8 },
  'B': { kind: 'bytes', scale: 1 },
  'KB': { kind: 'bytes', scale: 1e3 },
  'MB': { kind: 'bytes', scale: 1e6 },
  'GB': { kind: 'bytes', scale: 1e9 },
  'TB': { kind: 'bytes', scale: 1e12 },
  'KiB': { kind: 'bytes', scale: 1024 },
  'MiB': { kind: 'bytes', scale: 1024 ** 2 },
  'GiB': { kind: 'bytes', scale: 1024 ** 3 },
  'ms': { kind: 'seconds', scale: 1e-3 },
  's': { kind: 'seconds', scale: 1 },
  'min': { kind: 'seconds', scale: 60 },
  'h': { kind: 'seconds', scale: 3600 },
  '美元': { kind: 'USD', scale: 1 },
  '元': { kind: 'CNY', scale: 1 },
}
const PREFIXES: Record<string, CellKind> = { '$': 'USD', 'US$': 'USD', '€': 'EUR', '¥': 'CNY', '￥': 'CNY' }

// A whole cell that is one figure: a currency sign, digits (thousands by comma or space), a
// multiplier or unit; a parenthesised remark after it ("25388 (+22600)") is the cell's note.
const CELL = /^(?<figure>(?<sign>[-+−])?(?<pre>US\$|[$€¥￥])?\s?(?<num>\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<suf>[%％kKM万亿Bsh元]|million|billion|[KMGT]i?B|ms|min|美元)?)(?:\s*[(（][^()（）]*[)）])?$/u

// Marks a table uses for a cell with no figure.
const NONE = /^(?:[\-–—/]|N\/A|n\/a)?$/u

/** The figure a table cell holds, `null` for an empty cell, undefined for words. */
export function cellFigure(text: string): CellFigure | null | undefined {
  const trimmed = text.trim()
  if (NONE.test(trimmed))
    return null
  const match = CELL.exec(trimmed)
  const { figure = '', sign, pre, num = '', suf } = match?.groups ?? {}
  if (!match)
    return undefined
  const suffix = suf ? SUFFIXES[suf] : undefined
  const kind = (pre ? PREFIXES[pre] : undefined) ?? suffix?.kind ?? 'number'
  const value = (sign && sign !== '+' ? -1 : 1) * Number(num.replace(/[, ]/gu, '')) * (suffix?.scale ?? 1)
  return { value, kind, display: figure.trim(), bare: !sign && !pre && !suf && /^\d+$/u.test(num) }
}

// Years, ranks, ids: whole numbers that order or name rows, not amounts.
const isYear = (figure: CellFigure): boolean => figure.bare && figure.value >= 1900 && figure.value <= 2100
const isRankOrId = (figures: CellFigure[]): boolean => figures.every(f => f.bare) && [...figures.map(f => f.value)].sort((a, b) => a - b).every((value, index) => value === index + 1)
const VERSION = /^v?\d+(?:\.\d+)+/u

/** The unit a column's header gives in brackets at its end: "Before [MiB]", "1.2.0 (s)", "人数（万）". */
export function headerUnit(header: string): string | undefined {
  return /[[(（]([^[\]()（）]{1,8})[\])）]\s*$/u.exec(header)?.[1]?.trim()
}

// Rows of a grouped chart whose largest figures differ more than this count different things: the
// smaller row's bars would be slivers under 5% of the axis (a query 18× slower than another still compares).
const MOST_ROW_SPREAD = 20
// A slide reads about a dozen rows of bars; a longer table is read in the notes.
const MOST_ROWS = 12
// Bars in all: 20 on the 360 px chart leave each an 18 px band, room for its 14 px figure.
const MOST_BARS = 20
// A bar's label is shown whole, on up to three lines of the full chart's label column (about 15 em
// each at 22 px): rows named by sentences (a list of post titles) are read better in a table.
const LONGEST_LABEL_EM = 45
// One line of the full chart's label column (0.42 of 860 px at 22 px, components/bar-layout.ts): a label
// of two lines needs a band twice as high, so 12 rows of one line are 6 of two before the type drops under 18 px.
const LABEL_LINE_EM = 16

// A cell's text; Markdown link syntax an HTML table kept as text ("[Post](/blog/post)") reads as its words.
const cellText = (cell: TableCell | undefined): string => (cell ? toString(cell) : '').replace(/\[([^\]]+)\]\([^)\s]*\)/gu, '$1').replace(/\s+/gu, ' ').trim()
// A row set wholly in bold ("**合计** | **19.64**") is a total: beside its parts it does not compare.
const isTotal = (row: TableRow): boolean => row.children.filter(cell => cellText(cell)).every(cell => cell.children.length > 0 && cell.children.every(child => child.type === 'strong'))

/** The bar chart `table` draws (headed `title`, when given), or why it stays a table. */
export function tableBars(table: Table, title?: string): { chart: BarChart } | { why: string } {
  const [head, ...body] = table.children
  const rows = body.filter(row => !isTotal(row))
  if (!head || rows.length < 2)
    return { why: 'fewer than two rows' }
  const headers = head.children.map(cellText)
  const cells = rows.map(row => headers.map((_, column) => cellText(row.children[column])))
  const read = cells.map(row => row.map(cellFigure))
  const columns = headers.map((_, column) => read.map(row => row[column]))
  const labelColumn = columns.findIndex(column => column.every(figure => figure === undefined))
  if (labelColumn < 0)
    return { why: columns[0]?.every(figure => figure && isYear(figure)) ? 'rows named by years: a series over time' : 'no column names the rows' }
  const labels = cells.map(row => row[labelColumn] ?? '')
  if (labels.some(label => !label) || new Set(labels).size < labels.length)
    return { why: 'the label column leaves rows unnamed or names two alike' }
  if (labels.every(label => VERSION.test(label)))
    return { why: 'rows named by versions: a series over time' }
  if (labels.some(label => textWidth(label) > LONGEST_LABEL_EM))
    return { why: 'rows named by sentences, too long for a bar\'s label' }
  // Columns of figures (an empty cell allowed), grouped by what they count and the unit their header gives.
  const measures = columns.map((column, index) => ({ index, figures: column.filter((f): f is CellFigure => Boolean(f)), column }))
    .filter(({ index, figures, column }) => index !== labelColumn && figures.length >= 2 && column.every(f => f !== undefined)
      && new Set(figures.map(f => f.kind)).size === 1 && !figures.every(isYear) && !isRankOrId(figures))
  if (!measures.length)
    return { why: 'no column of comparable figures' }
  if (measures.some(m => m.figures.some(f => f.value < 0)))
    return { why: 'negative figures: changes, not amounts' }
  const key = (m: typeof measures[number]): string => `${m.figures[0]!.kind}|${headerUnit(headers[m.index]!) ?? ''}`
  const byKey = new Map<string, typeof measures>()
  measures.forEach(m => byKey.set(key(m), [...(byKey.get(key(m)) ?? []), m]))
  const sizes = [...byKey.values()].sort((a, b) => b.length - a.length)
  const chosen = sizes[0]!
  if (sizes[1] && sizes[1].length === chosen.length)
    return { why: 'measures of different units side by side' }
  if (rows.length > MOST_ROWS || rows.length * chosen.length > MOST_BARS)
    return { why: `${rows.length} rows of ${chosen.length} columns: more bars than a slide reads` }
  // Several columns side by side compare each row across them (2019 beside 2020); rows whose sizes lie
  // far apart ("Messages posted" 76,609 beside "Number of members" 888) count different kinds on one axis.
  if (chosen.length > 1) {
    const tops = rows.map((_, row) => Math.max(...chosen.map(m => m.column[row]?.value ?? 0)))
    if (Math.max(...tops) > MOST_ROW_SPREAD * Math.min(...tops))
      return { why: 'rows far apart in size: each row counts its own kind' }
  }
  const labelLines = Math.max(...labels.map(label => Math.ceil(textWidth(label) / LABEL_LINE_EM)))
  if (rows.length * labelLines > MOST_ROWS)
    return { why: `${rows.length} rows named on ${labelLines} lines each: more than a slide reads` }
  const items: BarItem[] = labels.map((label, row) => {
    const [first, ...others] = chosen.map(m => m.column[row])
    const more = others.map(f => (f ? { value: f.value, display: f.display } : { value: 0, display: '' }))
    return { label, value: first?.value ?? 0, display: first?.display ?? '', ...(more.length ? { more } : {}) }
  })
  const names = chosen.map(m => headers[m.index]!)
  const units = new Set(chosen.map(m => headerUnit(headers[m.index]!)))
  const unit = chosen.length === 1 ? names[0] : [...units][0]
  const line = table.position?.start.line ?? 1
  return { chart: { type: 'bar', ...(title ? { title } : {}), ...(unit ? { unit } : {}), items, ...(chosen.length > 1 ? { groups: names } : {}), source: { line, column: table.position?.start.column ?? 1 }, lines: [line] } }
}
