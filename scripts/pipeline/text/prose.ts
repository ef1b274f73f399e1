// The article's prose: the text a reader reads, without code, raw HTML, URLs or front
// matter, so that a Chinese article full of English code is still judged Chinese.
import type { Nodes, Root } from 'mdast'

const skipped = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference'])
const url = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi

function collect(node: Nodes, into: string[], room: { left: number }): void {
  if (room.left <= 0 || skipped.has(node.type))
    return
  // An autolink's text is its URL.
  if (node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value === node.url)
    return
  if (node.type === 'text') {
    const text = node.value.replace(url, ' ')
    into.push(text)
    room.left -= text.length
    return
  }
  if ('children' in node) {
    for (const child of node.children)
      collect(child, into, room)
  }
}

/** The first `limit` or so characters of `tree`'s prose. */
export function proseText(tree: Root, limit = 5000): string {
  const into: string[] = []
  collect(tree, into, { left: limit })
  return into.join(' ').slice(0, limit)
}
