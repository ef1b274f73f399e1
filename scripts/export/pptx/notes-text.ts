// Speaker notes (mdast) as the plain text PowerPoint keeps in a notes slide: one line per
// paragraph, list item or table row, Markdown marks dropped.
import type { List, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'

function listLines(list: List, depth: number): string[] {
  return list.children.flatMap((item, index) => {
    const mark = list.ordered ? `${(list.start ?? 1) + index}.` : '•'
    const [first, ...rest] = item.children
    const head = first && first.type !== 'list' ? [`${'  '.repeat(depth)}${mark} ${toString(first)}`] : []
    const tail = (first && first.type === 'list' ? [first, ...rest] : rest).flatMap(child => child.type === 'list' ? listLines(child, depth + 1) : [`${'  '.repeat(depth + 1)}${toString(child)}`])
    return [...head, ...tail]
  })
}

function tableLines(table: Table): string[] {
  return table.children.map(row => row.children.map(cell => toString(cell)).join(' | '))
}

const lines: { [K in RootContent['type']]?: (node: Extract<RootContent, { type: K }>) => string[] } = {
  list: node => listLines(node, 0),
  table: tableLines,
  code: node => node.value.split('\n'),
  blockquote: node => node.children.flatMap(child => blockLines(child)),
  thematicBreak: () => [],
  definition: () => [],
}

function blockLines(node: RootContent): string[] {
  const handler = lines[node.type] as ((node: RootContent) => string[]) | undefined
  return handler ? handler(node) : [toString(node)]
}

/** The plain text of `notes`, one line per paragraph, item or row. */
export function notesText(notes: RootContent[]): string {
  return notes.flatMap(blockLines).filter(line => line.trim()).join('\n')
}
