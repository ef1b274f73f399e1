// GitHub's and DocFX's alerts (`> [!NOTE]`, `> [!WARNING]`) are markup: the marker is no word of the
// article. Azure's Japanese docs had shown "[!NOTE] プロセッサ ホストは…" on a slide. The marker goes and
// the block quote is marked an aside, whose paragraphs are points like any other (aside.ts).
import type { Blockquote, Root } from 'mdast'
import { visit } from 'unist-util-visit'

const marker = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)\s*/iu

/** Whether `source` may hold an alert: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldAlerts(source: string): boolean {
  return /^[ \t]*>[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/imu.test(source)
}

/** Take the marker out of each alert in `tree` and mark its block quote an aside (in place). */
export function githubAlerts(tree: Root): void {
  visit(tree, 'blockquote', (node: Blockquote) => {
    const first = node.children[0]
    const text = first?.type === 'paragraph' ? first.children[0] : undefined
    const found = text?.type === 'text' ? marker.exec(text.value) : null
    if (!first || first.type !== 'paragraph' || text?.type !== 'text' || !found)
      return
    text.value = text.value.slice(found[0].length)
    // A marker on its own line before a blank one leaves its paragraph empty ("> [!NOTE]\n>\n> …").
    if (!text.value)
      first.children.shift()
    if (!first.children.length)
      node.children.shift()
    node.data = { ...node.data, talkdownAside: true }
  })
}
