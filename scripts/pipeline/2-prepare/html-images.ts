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
// A `<noscript>` holds what a page shows without its script, a chart's picture: a slide runs no script.
const wrappers = new Set(['p', 'div', 'center', 'picture', 'figure', 'br', 'source', 'a', 'noscript', 'span'])
// A block a site styles as a caption (Franklin's `<div class="desc">`, `<p class="caption">`) names its image like a figcaption.
function isCaption(node: Element): boolean {
  const names = node.properties.className
  return Array.isArray(names) && names.some(name => /^(?:desc|caption|image-caption|img-caption|figure-caption)$/u.test(String(name)))
}

// What may stand between the links of a row: brackets, bars, dots, spaces.
const linkGlue = /^[\s[\]|·•/,()-]*$/u

// A row of links and nothing else ("[PNG] [SVG] [Wordcloud of open answers]" under a survey's chart): the
// page's downloads, which the notes keep with the HTML as written.
function isLinkRow(node: Element): boolean {
  let links = 0
  const only = (children: HastContent[]): boolean => children.every((child) => {
    if (child.type === 'text')
      return linkGlue.test(child.value)
    if (child.type !== 'element')
      return child.type === 'comment'
    if (child.tagName === 'a' && !child.children.some(inner => inner.type === 'element' && inner.tagName === 'img'))
      return Boolean(++links)
    return child.tagName === 'span' && only(child.children)
  })
  return only([node]) && links > 0
}

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
    if (node.tagName === 'figcaption' || isCaption(node) || isLinkRow(node))
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
    // An alt written over lines is one line of text (a title or a caption).
    return [{ type: 'image', url: src, alt: String(element.properties.alt ?? '').replace(/\s+/gu, ' ').trim(), title, position }]
  })
}
