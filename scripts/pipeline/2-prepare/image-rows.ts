// A row of images in one paragraph: two stand side by side on a slide (a before and after,
// sparse-pages.ts pairs them); three or more would each get a third of its width or less, too
// small to read from a seat (the Go survey's eight charts in one paragraph). Such a row becomes
// one paragraph per image, so each starts a slide (paginate.ts) and neighbours may pair.
import type { Image, Nodes, Paragraph, Parent, Root } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { imagesPerRow } from '../shared/tuning.ts'

// The images of a paragraph that holds images and nothing else to read, or undefined.
function rowImages(node: Paragraph): Image[] | undefined {
  const shown = node.children.filter(child => !(child.type === 'text' && !child.value.trim()) && child.type !== 'break')
  return shown.every(child => child.type === 'image') ? shown as Image[] : undefined
}

/** Split each paragraph of more than `imagesPerRow` images (and nothing else) into a paragraph per image, in place. */
export function imageRows(tree: Root): void {
  visit(tree as Nodes, 'paragraph', (node, index, parent: Parent | undefined) => {
    const images = rowImages(node)
    if (!parent || index === undefined || !images || images.length <= imagesPerRow)
      return
    const rows: Paragraph[] = images.map(image => ({ type: 'paragraph', children: [image], position: image.position }))
    parent.children.splice(index, 1, ...rows)
    return [SKIP, index + rows.length]
  })
}
