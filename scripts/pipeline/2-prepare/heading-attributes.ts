// Heading attributes (`## Results {#results}`, `{.class}`, `{#id .class key=val}`, as
// Pandoc, kramdown and markdown-it-attrs write them) are markup, not title text: they are
// taken off the heading, and an explicit id is kept for the slide's route alias.
import type { Heading, Root } from 'mdast'

const token = String.raw`(?:#[^\s{}#.="']+|\.[^\s{}#.="']+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))`
const attributes = new RegExp(String.raw`\s*\{:?\s*(${token}(?:\s+${token})*)\s*\}\s*$`)

/** The explicit id in an attribute list's text, if any. */
function idOf(list: string): string | undefined {
  return /(?:^|\s)#([^\s{}#.="']+)/.exec(list)?.[1]
}

// MDX articles (react.dev) write an id as a comment, `{/*id*/}`, which Markdown reads as
// `{/`, an emphasis and `/}`.
function stripMdxId(heading: Heading): string | undefined {
  const [open, id, close] = heading.children.slice(-3)
  if (open?.type !== 'text' || id?.type !== 'emphasis' || close?.type !== 'text' || close.value.trim() !== '/}' || !/\{\/$/.test(open.value))
    return undefined
  const [text] = id.children
  if (id.children.length !== 1 || text?.type !== 'text' || !/^[\w-]+$/.test(text.value))
    return undefined
  heading.children.splice(-2)
  open.value = open.value.replace(/\s*\{\/$/, '')
  if (!open.value)
    heading.children.pop()
  return text.value
}

/** Take trailing attributes off `heading` (in place); returns the id they gave, if any. */
export function stripHeadingAttributes(heading: Heading): string | undefined {
  const mdx = stripMdxId(heading)
  if (mdx)
    return mdx
  const last = heading.children.at(-1)
  if (last?.type !== 'text')
    return undefined
  const found = attributes.exec(last.value)
  if (!found)
    return undefined
  last.value = last.value.slice(0, found.index)
  if (!last.value)
    heading.children.pop()
  return idOf(found[1]!)
}

/** Strip the attributes of every top-level heading of `tree` (in place), keeping explicit ids in `data.talkdownId`. */
export function headingAttributes(tree: Root): void {
  for (const node of tree.children) {
    if (node.type !== 'heading')
      continue
    const id = stripHeadingAttributes(node)
    if (id)
      node.data = { ...node.data, talkdownId: id }
  }
}

/** `text` without trailing heading attributes (for checks that read the article's own text). */
export function withoutHeadingAttributes(text: string): string {
  return text.replace(attributes, '').replace(/\s*\{\/\*?[\w-]+\*?\/\}\s*$/, '')
}
