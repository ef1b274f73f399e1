// Images: a relative image URL is rebased onto the output file's folder; a local
// image that is not there is reported at its place and marked, so the slide shows a
// placeholder and nothing is left for Slidev's bundler to resolve (a missing file would
// break the whole build); a remote one is reported and kept (never downloaded at build time).
import type { Html, Image, Nodes, Paragraph, Parent, Root } from 'mdast'
import type { VFile } from 'vfile'
import type { HtmlImage } from './html-images.ts'
import { posix } from 'node:path'
import { SKIP, visit } from 'unist-util-visit'
import { asMarkdownImages, htmlImages } from './html-images.ts'

/** A local image the article uses. */
export interface ImageUse {
  /** URL as rewritten for the output file (relative to its folder, or root-absolute). */
  url: string
  /** URL as the article wrote it. */
  original: string
  /** Where in the article. */
  place?: { line: number, column: number }
  /** Whether the image was found (by the caller's `imageExists`). */
  found: boolean
}

/** Whether a local image exists, given its URL as rewritten for the output file. */
export type ImageExists = (url: string) => boolean

/** A local image's size in pixels, given its URL as rewritten for the output file; undefined when it cannot be read. */
export type ImageSize = (url: string) => { width: number, height: number } | undefined

const remote = /^[a-z][a-z\d+.-]*:|^\/\//i

function decoded(url: string): string {
  try {
    return decodeURI(url)
  }
  catch {
    return url
  }
}

function rebase(url: string, base: string): string {
  return url.startsWith('/') ? decoded(url.split(/[?#]/)[0]!) : posix.normalize(posix.join(base, decoded(url.split(/[?#]/)[0]!)))
}

function reportRemote(url: string, place: HtmlImage['place'], file: VFile): void {
  if (/^https?:/i.test(url))
    file.message(`Remote image \`${url}\` is not downloaded at build time; it loads from the network when the talk is shown`, { place, ruleId: 'remote-image', source: 'talkdown' })
}

function check(original: string, place: HtmlImage['place'], context: Context): ImageUse | undefined {
  if (remote.test(original)) {
    reportRemote(original, place, context.file)
    return undefined
  }
  if (!original || original.startsWith('#'))
    return undefined
  const url = rebase(original, context.base)
  const use: ImageUse = { url, original, place, found: context.exists(url) }
  context.images.push(use)
  if (!use.found) {
    const where = url.startsWith('/') ? `public${url}` : url
    context.file.message(`Image \`${original}\` not found (looked for ${where}); the slide shows a placeholder`, { place, ruleId: 'missing-image', source: 'talkdown' })
  }
  return use
}

interface Context {
  base: string
  file: VFile
  exists: ImageExists
  size?: ImageSize
  images: ImageUse[]
}

function markdownImage(node: Image, context: Context): void {
  const use = check(node.url, node.position?.start, context)
  if (!use)
    return
  if (!use.found) {
    node.data = { ...node.data, talkdownMissing: true, talkdownMissingUrl: node.url }
    node.url = ''
    return
  }
  node.url = use.url.startsWith('/') || use.url.startsWith('.') ? use.url : `./${use.url}`
  const size = context.size?.(use.url)
  if (size)
    node.data = { ...node.data, talkdownSize: size }
}

// HTML of images only (a block, or an `<img>` in a table cell) is shown as the Markdown
// images it holds (the notes keep the HTML as written); other HTML keeps its tags (the
// sanitizer shows its local images as alt text), and its image URLs are checked all the same.
// `alone`: the node is one of a paragraph's `<img>` tags (imageTags), which become its images.
function htmlNode(node: Html, parent: Parent, context: Context, alone = false): Image[] {
  const block = alone || parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'tableCell'
  const images = (block && asMarkdownImages(node)) || []
  const converted = new Set(images.map(image => image.url))
  for (const found of htmlImages(node)) {
    if (converted.has(found.url))
      images.filter(image => image.url === found.url).forEach(image => markdownImage(image, context))
    else
      check(found.url, found.place, context)
  }
  if (images.length && !alone)
    node.data = { ...node.data, talkdownImages: images }
  return alone ? images : []
}

// A tag whose attributes run over lines is no HTML block to CommonMark, so such figures arrive as a
// paragraph: one (the Rust book's), or a row of them (the Go survey's eight charts, tags broken mid-attribute).
/** The `<img>` tags of a paragraph that holds nothing else, or undefined. */
export function imageTags(node: Paragraph): Html[] | undefined {
  const tags = node.children.filter(child => !(child.type === 'text' && !child.value.trim()))
  return tags.length && tags.every(child => child.type === 'html' && asMarkdownImages(child)) ? tags as Html[] : undefined
}

/** Rebase and check the local images of `tree` (in place) and list them; report remote and missing ones on `file`; `size` measures the found ones. */
export function rebaseImages(tree: Root, base: string, file: VFile, exists: ImageExists = () => true, size?: ImageSize): ImageUse[] {
  const context: Context = { base, file, exists, size, images: [] }
  // One walk, so messages come in article order.
  visit(tree as Nodes, (node, _index, parent) => {
    // The paragraph's images take its place (already rebased: not visited again).
    const tags = node.type === 'paragraph' ? imageTags(node) : undefined
    if (node.type === 'paragraph' && tags) {
      node.children = tags.flatMap(tag => htmlNode(tag, node, context, true))
      return SKIP
    }
    if (node.type === 'image')
      markdownImage(node, context)
    if (node.type === 'html' && parent)
      htmlNode(node, parent, context)
  })
  return context.images
}
