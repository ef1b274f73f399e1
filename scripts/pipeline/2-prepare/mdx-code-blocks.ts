// Docusaurus renders an ```mdx-code-block fence instead of showing it: the fence lets MDX
// (an import, a `<BrowserWindow>` around a mermaid diagram) sit inside a Markdown page. Its
// text is the article's content, so it is parsed in place, and the MDX markup in it goes the
// way of the rest (mdx-markup.ts). Shown as code, a diagram in it became a listing of
// `import BrowserWindow from …`.
import type { Code, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseFragment } from '../1-parse/parse.ts'

/** Whether `source` may hold an MDX code block: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldMdxCodeBlocks(source: string): boolean {
  return source.includes('mdx-code-block')
}

// The fence's content parsed, its positions moved to where the content starts in `source`:
// the line after the opening fence (a top-level fence's content is not indented).
function unwrap(node: Code, source: string): RootContent[] {
  const fragment = parseFragment(node.value)
  const start = node.position?.start
  if (start?.offset !== undefined) {
    const offset = source.indexOf('\n', start.offset) + 1
    visit(fragment, (child) => {
      for (const point of child.position ? [child.position.start, child.position.end] : []) {
        point.line += start.line
        if (point.offset !== undefined)
          point.offset += offset
      }
    })
  }
  return fragment.children
}

/** Parse the content of Docusaurus' MDX code blocks in place of their fences (in place); `source`: the article. */
export function mdxCodeBlocks(tree: Root, source: string): void {
  tree.children = tree.children.flatMap(node => node.type === 'code' && node.lang === 'mdx-code-block' ? unwrap(node, source) : [node])
}
