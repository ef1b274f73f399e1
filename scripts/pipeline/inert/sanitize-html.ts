// Article HTML never runs. For slides, HTML goes through an allow-list sanitizer and
// back to mdast (so only presentational tags survive, as Markdown); for notes, the
// HTML is kept as literal text so nothing the author wrote is lost.
import type { Element, Nodes as HastNodes } from 'hast'
import type { State } from 'hast-util-to-mdast'
import type { BlockContent, Html, Nodes, PhrasingContent, RootContent } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { defaultHandlers, toMdast } from 'hast-util-to-mdast'
import { toHast } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'

// Made on first use, like the HTML parser behind it: most articles hold no HTML, and the
// CLI's bundle then never sets parse5 up (see bin/fast-start.js).
let schema: typeof defaultSchema | undefined
function allowed(): typeof defaultSchema {
  return schema ??= {
    ...defaultSchema,
    tagNames: ['img', 'figure', 'figcaption', 'br', 'sub', 'sup', 'b', 'i', 'em', 'strong', 'code', 'kbd', 'mark', 's', 'del', 'u', 'small', 'p', 'span'],
    // A formula beside HTML comes through as `<code class="math-inline">` (mdast-util-math's hast).
    attributes: { img: ['src', 'alt', 'title', 'width', 'height'], code: [['className', 'math-inline']] },
    protocols: { src: ['http', 'https'] },
    clobber: [],
    strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
  }
}

/** True when `nodes` (deeply) hold raw HTML. */
export function hasHtml(nodes: Nodes[]): boolean {
  return nodes.some(node => node.type === 'html' || ('children' in node && hasHtml(node.children as Nodes[])))
}

function clean(html: string): HastNodes {
  const tree = sanitize(fromHtml(html, { fragment: true }), allowed())
  // Slidev bundles a relative image as a module: one the build cannot find breaks the whole
  // build, and nothing checked it on disk. Only web images stay; the rest shows its alt text.
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || /^https?:/i.test(String(node.properties.src ?? '')) || !parent || index === undefined)
      return
    parent.children.splice(index, 1, { type: 'text', value: String(node.properties.alt ?? '') })
    return index
  })
  return tree
}

// A formula stays one (inert/tex.ts makes it safe for Slidev), where it would come back as code.
function formula(state: State, node: Element): PhrasingContent {
  const code = defaultHandlers.code!(state, node) as PhrasingContent
  const math = Array.isArray(node.properties.className) && node.properties.className.includes('math-inline')
  return math && code.type === 'inlineCode' ? { type: 'inlineMath', value: code.value } : code
}

/** Inline content with its HTML sanitized into Markdown phrasing. */
export function sanitizePhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  if (!hasHtml(nodes))
    return nodes
  const hast = toHast({ type: 'paragraph', children: nodes }, { allowDangerousHtml: true })
  const mdast = toMdast(clean(toHtml(hast, { allowDangerousHtml: true })), { handlers: { code: formula } })
  const paragraph = 'children' in mdast ? mdast.children.find(child => child.type === 'paragraph') : undefined
  return paragraph && 'children' in paragraph ? paragraph.children as PhrasingContent[] : []
}

/** A block of HTML as the Markdown blocks an allow-list lets through (may be none). */
export function sanitizeBlock(node: Html): BlockContent[] {
  const mdast = toMdast(clean(node.value))
  return 'children' in mdast ? (mdast.children as RootContent[]).filter(isBlock) : []
}

function isBlock(node: RootContent): node is BlockContent {
  return ['paragraph', 'blockquote', 'list', 'code', 'heading', 'table'].includes(node.type)
}

/** Notes-safe copy of `nodes`: every raw HTML node becomes literal text. */
export function htmlAsText<T extends RootContent>(nodes: T[]): T[] {
  // Most notes hold no HTML: then they are already literal, and are not copied.
  return hasHtml(nodes) ? nodes.map(node => literal(node) as T) : nodes
}

function literal(node: RootContent): RootContent {
  if (node.type === 'html')
    return { type: 'code', lang: 'html', value: node.value }
  if (!('children' in node))
    return node
  const children = (node.children as RootContent[]).map(child =>
    child.type === 'html' && !isContainer(node) ? { type: 'text', value: child.value } : literal(child),
  )
  return { ...node, children } as RootContent
}

function isContainer(node: RootContent): boolean {
  return node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition'
}
