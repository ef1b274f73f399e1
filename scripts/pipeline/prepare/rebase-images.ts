// Images: a relative image URL is rebased onto the output file's folder, and
// a remote one is reported (it is never downloaded at build time).
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { posix } from 'node:path'
import { visit } from 'unist-util-visit'

/** A local image the article uses, for the CLI to check on disk. */
export interface ImageUse {
  /** URL as rewritten for the output file. */
  url: string
  /** URL as the article wrote it. */
  original: string
  /** Where in the article. */
  place?: { line: number, column: number }
}

const remote = /^[a-z][a-z\d+.-]*:|^\/\//i

/** Rebase the local images of `tree` (in place) and list them; report remote ones on `file`. */
export function rebaseImages(tree: Root, base: string, file: VFile): ImageUse[] {
  const images: ImageUse[] = []
  visit(tree, 'image', (node) => {
    const place = node.position?.start
    if (remote.test(node.url)) {
      if (/^https?:/i.test(node.url))
        file.message(`Remote image \`${node.url}\` is not downloaded at build time; it loads from the network when the talk is shown`, { place, ruleId: 'remote-image', source: 'talkdown' })
      return
    }
    if (!node.url || node.url.startsWith('#'))
      return
    const url = node.url.startsWith('/') ? node.url : posix.normalize(posix.join(base, decodeURI(node.url)))
    images.push({ url, original: node.url, place })
    node.url = url.startsWith('/') || url.startsWith('.') ? url : `./${url}`
  })
  return images
}
