// An HTML table (a blog's `<table><tr><td>…`) becomes a Markdown table, so it is shown,
// shortened and charted as one. A blank line inside a cell ends CommonMark's HTML block,
// and an indented figure after it reads as code: the table is taken from the article's
// source, from the block that opens it to the one that closes it; those blocks stay for the notes.
import type { Root, RootContent, Table } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { toMdast } from 'hast-util-to-mdast'
import { toString } from 'mdast-util-to-string'

const OPENS = /^\s*<table[\s>]/iu
const CLOSES = /<\/table>\s*$/iu

/** The Markdown table of HTML `html` (sanitized as GitHub renders it), if it is one table. */
export function htmlTable(html: string): Table | undefined {
  const tree = toMdast(sanitize(fromHtml(html, { fragment: true }), defaultSchema))
  const tables: Table[] = 'children' in tree ? (tree.children as RootContent[]).filter((node): node is Table => node.type === 'table') : []
  const table: Table | undefined = tables.length === 1 ? tables[0] : undefined
  // A table without <th> cells gets an empty heading row from hast-util-to-mdast: its own first row heads it.
  const rows = table?.children.filter((row, index) => index > 0 || row.children.some(cell => toString(cell).trim())) ?? []
  return table && rows.length > 1 ? { ...table, children: rows } : undefined
}

/** Replace each top-level HTML table of `tree` with its Markdown table (in place); `source` is the article. */
export function htmlTables(tree: Root, source: string): void {
  const out: RootContent[] = []
  for (let i = 0; i < tree.children.length; i++) {
    const first = tree.children[i]!
    const start = first.position?.start
    if (first.type !== 'html' || !OPENS.test(first.value) || start?.offset === undefined) {
      out.push(first)
      continue
    }
    // The blocks up to the one that closes the table, if no heading comes first.
    let last = i
    while (last < tree.children.length && tree.children[last]!.type !== 'heading' && !(tree.children[last]!.type === 'html' && CLOSES.test((tree.children[last] as { value: string }).value)))
      last++
    const end = tree.children[last]?.position?.end
    const table = tree.children[last]?.type === 'html' && end?.offset !== undefined ? htmlTable(source.slice(start.offset, end.offset)) : undefined
    if (!table || !end) {
      out.push(first)
      continue
    }
    // The HTML stays, for the notes only: nothing the author wrote is lost.
    out.push({ ...table, position: { start, end } }, ...tree.children.slice(i, last + 1).map(block => ({ ...block, data: { ...block.data, talkdownNotesOnly: true } }) as RootContent))
    i = last
  }
  tree.children = out
}
