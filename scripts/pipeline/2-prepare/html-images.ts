// Images written as HTML (`<img>`, `<picture>` with `<source srcset>`): found in raw HTML
// so they are checked like Markdown images, and an HTML block that is nothing but images
// (often centred in a `<p align="center">`) becomes Markdown images, which slides show.
import type { Element, RootContent as HastContent, Root as HastRoot } from 'hast'
import type { Html, Image } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

/** One image URL found in raw HTML, placed in the article. */
export interface HtmlImage {
  /** The URL as written (`src`, or each candidate of a `srcset`). */
  url: string
  /** Alt text of the `<img>`, if any. */
  alt: string
  /** Where in the article the tag starts. */
  place?: { line: number, column: number }
}

// Tags that only wrap images; a block of these, images, whitespace and a figure's caption is images only.
const wrappers = new Set(['p', 'div', 'center', 'picture', 'figure', 'br', 'source', 'a'])

function place(node: Html, element: Element): HtmlImage['place'] {
  const at = node.position?.start
  const inner = element.position?.start
  if (!at || !inner)
    return at && { line: at.line, column: at.column }
  return { line: at.line + inner.line - 1, column: inner.line === 1 ? at.column + inner.column - 1 : inner.column }
}

function urls(element: Element): string[] {
  const { src, srcSet } = element.properties
  const set = Array.isArray(srcSet) ? srcSet.map(String) : typeof srcSet === 'string' ? srcSet.split(',') : []
  const candidates = set.map(candidate => candidate.trim().split(/\s+/)[0] ?? '')
  return [...(typeof src === 'string' ? [src] : []), ...candidates].filter(Boolean)
}

/** Every image URL in `node` (an HTML node), with its place. */
export function htmlImages(node: Html): HtmlImage[] {
  if (!/<(?:img|source)\b/i.test(node.value))
    return []
  const found: HtmlImage[] = []
  visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
    if (element.tagName === 'img' || element.tagName === 'source')
      found.push(...urls(element).map(url => ({ url, alt: String(element.properties.alt ?? ''), place: place(node, element) })))
  })
  return found
}

function imagesOnly(nodes: HastContent[], into: Element[]): boolean {
  return nodes.every((node) => {
    if (node.type === 'text')
      return !node.value.trim()
    if (node.type === 'comment')
      return true
    if (node.type !== 'element')
      return false
    if (node.tagName === 'img')
      return Boolean(into.push(node))
    // A figure's caption names its image: the notes keep it with the HTML as written.
    if (node.tagName === 'figcaption')
      return true
    return wrappers.has(node.tagName) && imagesOnly(node.children, into)
  })
}

/** The Markdown images `node` stands for, when it holds nothing but images (and wrappers); else undefined. */
export function asMarkdownImages(node: Html): Image[] | undefined {
  if (!/<img\b/i.test(node.value))
    return undefined
  const tree: HastRoot = fromHtml(node.value, { fragment: true })
  const images: Element[] = []
  if (!imagesOnly(tree.children, images) || !images.length)
    return undefined
  return images.flatMap((element) => {
    const src = element.properties.src
    if (typeof src !== 'string' || !src)
      return []
    const title = typeof element.properties.title === 'string' ? element.properties.title : undefined
    const at = place(node, element)
    const position = at && { start: { ...at }, end: { ...at } }
    return [{ type: 'image', url: src, alt: String(element.properties.alt ?? ''), title, position }]
  })
}
