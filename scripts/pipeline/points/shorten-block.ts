// Long code and tables are shortened on the slide; the notes keep them whole.
import type { BlockContent, Code, Table, TableCell, TableRow } from 'mdast'
import type { Lang } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { codeLang, isDiagram } from '../inert/code-lang.ts'
import { sanitizePhrasing } from '../inert/sanitize-html.ts'
import { width } from '../text/measure.ts'
import { isWide } from '../text/width.ts'

// A short excerpt: the slide shows what the speaker points at, the notes keep the rest.
const maxCodeLines = 5
// Columns of monospace text on a slide (pre at 1.05rem on the 868px column); wide characters take two.
// A longer line wraps (styles/index.css: pre-wrap) and takes two rows or more.
const maxCodeColumns = 76
// Bullet lines a table may fill (the slide holds 9.5, less the "shortened" line).
const maxTableLines = 8.5
// Width of the text column in em at the table's font size (styles/index.css: 1.2rem on 868px).
const tableEm = 868 / 19.2
const maxRows = 6
const maxColumns = 5

/** Blocks that show a shortened block and how many bullet lines they take. */
export interface Shown {
  /** The blocks to put on the slide. */
  blocks: BlockContent[]
  /** Estimated height, in bullet lines. */
  lines: number
}

const moreLabel = {
  zh: (what: string) => `（完整${what}见讲稿）`,
  en: (what: string) => `(full ${what} in the notes)`,
}

function more(lang: Lang, what: { zh: string, en: string }): BlockContent {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: moreLabel[lang](what[lang]) }] }] }
}

// Rows a code line takes on the slide, wrapped at the slide's width.
function codeRows(line: string): number {
  const columns = [...line].reduce((sum, char) => sum + (isWide(char.codePointAt(0)!) ? 2 : 1), 0)
  return Math.max(1, Math.ceil(columns / maxCodeColumns))
}

// Bullet lines a table row takes: its tallest cell, wrapped in its share of the width.
function rowLines(row: TableRow): number {
  const columnEm = tableEm / Math.max(1, row.children.length) - 1
  const textLines = Math.max(1, ...row.children.map(cell => Math.ceil(width(toString(cell)) / columnEm)))
  return (textLines * 28.8 + 12) / 36
}

/** A code block cut to the first lines that fit; a diagram (with `diagrams` on) is drawn whole, on a slide of its own. */
export function shortenCode(node: Code, lang: Lang, diagrams = false): Shown {
  if (diagrams && isDiagram(node.lang))
    return { blocks: [{ type: 'code', lang: codeLang(node.lang, true), meta: undefined, value: node.value }], lines: maxCodeLines }
  const lines = node.value.split('\n')
  const kept: string[] = []
  let rows = 0
  // Whole lines only, never cut: the first always shows, however long.
  for (const line of lines) {
    if (kept.length && rows + codeRows(line) > maxCodeLines)
      break
    kept.push(line)
    rows += codeRows(line)
  }
  const code: Code = { type: 'code', lang: codeLang(node.lang, diagrams), meta: undefined, value: kept.join('\n') }
  const cut = lines.length > kept.length
  return { blocks: cut ? [code, more(lang, { zh: '代码', en: 'code' })] : [code], lines: rows * 0.75 + 1.5 + (cut ? 1 : 0) }
}

/** A table cut to the first rows and columns that fit. */
export function shortenTable(node: Table, lang: Lang): Shown {
  // Cells are inline content like any paragraph: their HTML goes through the sanitizer.
  const cell = (c: TableCell): TableCell => ({ ...c, children: sanitizePhrasing(c.children) })
  const rows: TableRow[] = []
  let lines = 0
  for (const row of node.children.slice(0, maxRows + 1).map(row => ({ ...row, children: row.children.slice(0, maxColumns).map(cell) }))) {
    lines += rowLines(row)
    // The header and one row always show.
    if (rows.length >= 2 && lines > maxTableLines)
      break
    rows.push(row)
  }
  const cut = rows.length < node.children.length || node.children.some(row => row.children.length > maxColumns)
  const table: Table = { ...node, align: node.align?.slice(0, maxColumns), children: rows, position: undefined }
  const shownLines = rows.reduce((sum, row) => sum + rowLines(row), 0)
  return { blocks: cut ? [table, more(lang, { zh: '表格', en: 'table' })] : [table], lines: Math.max(rows.length * 1.1, shownLines) + (cut ? 1 : 0) }
}
