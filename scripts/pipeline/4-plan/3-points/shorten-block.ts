// Long code and tables are shortened on the slide; the notes keep them whole.
import type { BlockContent, Code, Table, TableCell, TableRow } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import type { ExcerptRoom } from './code-excerpt.ts'
import { toString } from 'mdast-util-to-string'
import { codeLang, drawsDiagram } from '../../inert/code-lang.ts'
import { sanitizePhrasing } from '../../inert/sanitize-html.ts'
import { proseColumn } from '../../shared/tuning.ts'
import { width } from '../../text/measure.ts'
import { codeExcerpt } from './code-excerpt.ts'

// A short excerpt: the slide shows what the speaker points at, the notes keep the rest.
// Columns: monospace text on a slide (pre at 1.3rem on the 868px column); wide characters
// take two, and a longer line wraps (styles/index.css: pre-wrap). Characters: a line or two
// of code beside a bullet keeps the slide near its budget (select-points.ts).
const codeRoom: ExcerptRoom = { rows: 3, columns: 61, characters: 80 }
// Bullet lines a drawn diagram is counted as: it is scaled into the room beside its sentence.
const diagramLines = 5
// Bullet lines a table may fill (the slide holds 9.5, less the "shortened" line and a margin for rows at 18 px).
const maxTableLines = 8
// A table's type in px (styles/index.css: 1.35rem), and the text column's width in em at that size (868 px).
const tableFont = 21.6
const tableEm = 868 / tableFont
const maxRows = 6
const maxColumns = 5

/** Blocks that show a shortened block and how many bullet lines they take. */
export interface Shown {
  /** The blocks to put on the slide. */
  blocks: BlockContent[]
  /** Estimated height, in bullet lines. */
  lines: number
}

// The audience sees that rows or columns of a table are left out; the speaker has the
// whole in the notes. A code excerpt has no label: it starts at the line the speaker
// points at and stops at a blank line or the end of a block (code-excerpt.ts), so it
// reads as a snippet, and a label beside one or two lines of code was a tenth of the slide.
const moreLabel = { zh: '（节选）', en: '(excerpt)', ja: '（抜粋）' }

function more(lang: Lang): BlockContent {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: moreLabel[lang] }] }] }
}

// Bullet lines a table row takes: its tallest cell, wrapped in its share of the width.
function rowLines(row: TableRow): number {
  const columnEm = tableEm / Math.max(1, row.children.length) - 1
  const textLines = Math.max(1, ...row.children.map(cell => Math.ceil(width(toString(cell)) / columnEm)))
  return (textLines * tableFont * 1.5 + 12) / 36
}

/**
 * A code block cut to its most telling lines (`terms`: what the prose names as inline code); a diagram
 * the settings draw (`diagrams`: the deck setting, undefined when left out) is drawn whole, beside its sentence.
 */
export function shortenCode(node: Code, lang: Lang, terms: Set<string>, diagrams?: boolean): Shown {
  if (drawsDiagram(node.lang, diagrams))
    return { blocks: [{ type: 'code', lang: codeLang(node.lang, true), meta: undefined, value: node.value }], lines: diagramLines }
  const excerpt = codeExcerpt(node.value, terms, codeRoom)
  const code: Code = { type: 'code', lang: codeLang(node.lang, diagrams), meta: undefined, value: excerpt.lines.join('\n') }
  return { blocks: [code], lines: excerpt.rows * 0.85 + 1.5 }
}

// The columns a table's excerpt shows: the first `maxColumns`, less any of prose (cells `proseColumn` wide on average,
// a description), when a column of names stays. TiDB's key-features table had shown one row of three, its description
// cell wrapping over the slide at 16 px; its category and feature columns list all nine features.
function shownColumns(node: Table): number[] {
  const body = node.children.slice(1)
  const first = Array.from({ length: Math.min(maxColumns, Math.max(0, ...node.children.map(row => row.children.length))) }, (_, at) => at)
  const prose = (at: number): boolean => body.length > 0 && body.reduce((sum, row) => sum + width(row.children[at] ? toString(row.children[at]) : ''), 0) / body.length > proseColumn
  const kept = first.filter(at => !prose(at))
  return kept.length && kept.length < first.length ? kept : first
}

/** A table cut to the first rows and columns that fit. */
export function shortenTable(node: Table, lang: Lang): Shown {
  // Cells are inline content like any paragraph: their HTML goes through the sanitizer,
  // except an `<img>` the prepare stage read as images (rebase-images.ts).
  const images = (c: TableCell): TableCell['children'] => c.children.flatMap(child => child.type === 'html' && child.data?.talkdownImages ? child.data.talkdownImages : [child])
  const cell = (c: TableCell): TableCell => ({ ...c, children: sanitizePhrasing(images(c)) })
  const rows: TableRow[] = []
  let lines = 0
  const columns = shownColumns(node)
  for (const row of node.children.slice(0, maxRows + 1).map(row => ({ ...row, children: columns.map(at => row.children[at]).filter((c): c is TableCell => Boolean(c)).map(cell) }))) {
    lines += rowLines(row)
    // The header and one row always show.
    if (rows.length >= 2 && lines > maxTableLines)
      break
    rows.push(row)
  }
  const cut = rows.length < node.children.length || node.children.some(row => row.children.length > columns.length)
  const table: Table = { ...node, align: node.align && columns.map(at => node.align![at] ?? null), children: rows, position: undefined }
  const shownLines = rows.reduce((sum, row) => sum + rowLines(row), 0)
  return { blocks: cut ? [table, more(lang)] : [table], lines: Math.max(rows.length * 1.1, shownLines) + (cut ? 1 : 0) }
}
