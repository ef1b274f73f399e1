// Franklin.jl (the Julia site generator behind julialang.org) writes a page's variables as
// `@def title = "…"` lines (read as front matter: 1-parse/front-matter.ts), commands such as
// `\toc` on lines of their own, and raw HTML between `~~~` lines, which CommonMark reads as a
// fence of code. The lines and commands are markup and go; the HTML is HTML again, so its
// images are shown and its words pass the sanitizer like any other HTML block.
import type { Code, Html, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

const definition = /^@def\s+\w+\s*=/mu

/** Whether `source` may be a Franklin page (a `@def` line): only then does `franklinMarkup` walk the tree. */
export function mayHoldFranklin(source: string): boolean {
  return definition.test(source)
}

// A paragraph of `@def` lines (a value in triple quotes may run over several).
function isDefinitions(node: RootContent): boolean {
  return node.type === 'paragraph' && /^@def\s+\w+\s*=/u.test(toString(node))
}

// A paragraph that is nothing but Franklin commands: `\toc`, `\tableofcontents`, `\maketitle`.
function isCommand(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && /^(?:\\(?:toc|tableofcontents|maketitle)\s*)+$/u.test(toString(node).trim())
}

// A `~~~` fence with no language whose text is markup: Franklin's raw HTML.
function rawHtml(node: RootContent, source: string): Html | undefined {
  if (node.type !== 'code' || node.lang || node.position?.start.offset === undefined)
    return undefined
  const code = node as Code
  return source.startsWith('~~~', node.position.start.offset) && /^\s*</u.test(code.value)
    ? { type: 'html', value: code.value, position: node.position }
    : undefined
}

/** Take Franklin's `@def` lines and commands out of `tree` and read its `~~~` blocks as HTML (in place). */
export function franklinMarkup(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((node) => {
    if (isDefinitions(node) || isCommand(node))
      return []
    return [rawHtml(node, source) ?? node]
  })
}
