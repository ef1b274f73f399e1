// The article's own table of contents is for readers who scroll: in a talk the agenda
// does its job. A list of nothing but links to the article's own headings goes to the
// notes only, and so does a Contents heading that holds only such a list (it then opens
// no section of its own).
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

const contentsTitle = /^(?:table of contents|contents|sections|toc|目录|目錄|本文目录|文章目录|内容目录|目次)$/i

function isAnchorLink(item: ListItem): boolean {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph')
    return false
  const shown = first.children.filter(child => child.type !== 'text' || child.value.trim())
  const link = shown[0]
  return ((shown.length === 1 && link?.type === 'link' && link.url.startsWith('#') && link.url.length > 1) || isHtmlAnchor(shown))
    && rest.every(child => child.type === 'list' && isContentsList(child))
}

// An HTML link to an anchor and its words: `<a href="#demographics">Who did we hear from?</a>` (the Go blog's "Sections").
function isHtmlAnchor(nodes: PhrasingContent[]): boolean {
  const [open, ...inner] = nodes
  const close = inner.pop()
  return open?.type === 'html' && /^<a\s[^>]*href\s*=\s*["']#[^"']+["'][^>]*>$/iu.test(open.value) && close?.type === 'html' && /^<\/a\s*>$/iu.test(close.value)
    && inner.length > 0 && inner.every(node => node.type === 'text')
}

/** Whether `list` is a table of contents: every item (nested ones too) is a link to an in-article anchor. */
export function isContentsList(list: List): boolean {
  return list.children.length > 0 && list.children.every(isAnchorLink)
}

function notesOnly<T extends RootContent>(node: T): T {
  return { ...node, data: { ...node.data, talkdownNotesOnly: true } }
}

// The blocks after `index` up to the next heading are contents lists (and rules) only.
function holdsOnlyContents(blocks: RootContent[], index: number): boolean {
  const next = blocks.findIndex((node, at) => at > index && node.type === 'heading')
  const under = blocks.slice(index + 1, next === -1 ? undefined : next).filter(node => node.type !== 'thematicBreak')
  return under.length > 0 && under.every(node => node.type === 'list' && isContentsList(node))
}

function contentsHeading(node: Heading): RootContent {
  return { type: 'paragraph', children: node.children, position: node.position, data: { talkdownNotesOnly: true } }
}

/** Mark the table of contents of `tree` as notes-only (in place). */
export function tableOfContents(tree: Root): void {
  tree.children = tree.children.map((node, index) => {
    if (node.type === 'list' && isContentsList(node))
      return notesOnly(node)
    if (node.type === 'heading' && contentsTitle.test(toString(node).trim()) && holdsOnlyContents(tree.children, index))
      return contentsHeading(node)
    return node
  })
}
