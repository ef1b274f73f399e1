// Long code and tables are shortened on the slide; the notes keep them whole.
import type { BlockContent, Code, Table, TableCell } from 'mdast'
import type { Lang } from '../model/deck.ts'
import { codeLang, isDiagram } from '../inert/code-lang.ts'
import { sanitizePhrasing } from '../inert/sanitize-html.ts'

const maxCodeLines = 10
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
  zh: (what: string) => `（${what}较长，完整内容见讲稿）`,
  en: (what: string) => `(${what} shortened; the notes have all of it)`,
}

function more(lang: Lang, what: { zh: string, en: string }): BlockContent {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: moreLabel[lang](what[lang]) }] }] }
}

/** A code block cut to the first lines that fit; a diagram (with `diagrams` on) is drawn whole, on a slide of its own. */
export function shortenCode(node: Code, lang: Lang, diagrams = false): Shown {
  if (diagrams && isDiagram(node.lang))
    return { blocks: [{ type: 'code', lang: codeLang(node.lang, true), meta: undefined, value: node.value }], lines: maxCodeLines }
  const lines = node.value.split('\n')
  const kept = lines.slice(0, maxCodeLines)
  const code: Code = { type: 'code', lang: codeLang(node.lang, diagrams), meta: undefined, value: kept.join('\n') }
  const cut = lines.length > kept.length
  return { blocks: cut ? [code, more(lang, { zh: '代码', en: 'code' })] : [code], lines: kept.length * 0.75 + 1.5 + (cut ? 1 : 0) }
}

/** A table cut to the first rows and columns that fit. */
export function shortenTable(node: Table, lang: Lang): Shown {
  // Cells are inline content like any paragraph: their HTML goes through the sanitizer.
  const cell = (c: TableCell): TableCell => ({ ...c, children: sanitizePhrasing(c.children) })
  const rows = node.children.slice(0, maxRows + 1).map(row => ({ ...row, children: row.children.slice(0, maxColumns).map(cell) }))
  const cut = rows.length < node.children.length || node.children.some(row => row.children.length > maxColumns)
  const table: Table = { ...node, align: node.align?.slice(0, maxColumns), children: rows, position: undefined }
  return { blocks: cut ? [table, more(lang, { zh: '表格', en: 'table' })] : [table], lines: rows.length * 1.1 + (cut ? 1 : 0) }
}
