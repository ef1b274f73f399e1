// Stage 1b: make the tree self-contained before it is cut into slides: reference links
// resolved, footnotes moved next to the text that cites them, relative images rebased
// onto the output file's folder.
import type { BlockContent, FootnoteDefinition, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { posix } from 'node:path'
import { definitions } from 'mdast-util-definitions'
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

function resolveReferences(tree: Root): void {
  const define = definitions(tree)
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || (node.type !== 'linkReference' && node.type !== 'imageReference'))
      return
    const definition = define(node.identifier)
    const replacement: RootContent = !definition
      ? { type: 'text', value: node.type === 'imageReference' ? node.alt ?? '' : `[${node.label ?? node.identifier}]` }
      : node.type === 'linkReference'
        ? { type: 'link', url: definition.url, title: definition.title, children: node.children, position: node.position }
        : { type: 'image', url: definition.url, title: definition.title, alt: node.alt, position: node.position }
    parent.children.splice(index, 1, replacement as never)
  })
}

function footnoteBlocks(definition: FootnoteDefinition): BlockContent[] {
  const [first, ...rest] = definition.children
  const label: PhrasingContent = { type: 'text', value: `[${definition.label ?? definition.identifier}] ` }
  // Footnotes are for the speaker: marked so the planner puts them in the notes only.
  const data = { talkdownNotesOnly: true }
  if (first?.type === 'paragraph')
    return [{ ...first, data, children: [label, ...first.children] }, ...(rest as BlockContent[]).map(block => ({ ...block, data }))]
  return [{ type: 'paragraph', data, children: [label] }, ...(definition.children as BlockContent[]).map(block => ({ ...block, data }))]
}

function takeDefinitions(tree: Root): { notes: Map<string, FootnoteDefinition>, repeated: FootnoteDefinition[] } {
  const notes = new Map<string, FootnoteDefinition>()
  // The first definition of a label is the one cited; a repeated one still keeps its text.
  const repeated: FootnoteDefinition[] = []
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'footnoteDefinition')
      return true
    if (notes.has(node.identifier))
      repeated.push(node)
    else
      notes.set(node.identifier, node)
    return false
  })
  return { notes, repeated }
}

function moveFootnotes(tree: Root): void {
  const { notes, repeated } = takeDefinitions(tree)
  const used = new Set<string>()
  // A footnote may cite another (or itself): moved footnotes are cited in turn.
  const cite = (block: RootContent): RootContent[] => {
    const cited: BlockContent[] = []
    visit(block, 'footnoteReference', (node, index, parent) => {
      const definition = notes.get(node.identifier)
      if (definition && !used.has(node.identifier)) {
        used.add(node.identifier)
        cited.push(...footnoteBlocks(definition))
      }
      if (parent && index !== undefined)
        parent.children.splice(index, 1, { type: 'text', value: `[${node.label ?? node.identifier}]` } as never)
    })
    return [block, ...cited.flatMap(cite)]
  }
  tree.children = tree.children.flatMap(cite)
  for (const [identifier, note] of notes) {
    if (!used.has(identifier) && used.add(identifier))
      tree.children.push(...footnoteBlocks(note).flatMap(cite))
  }
  tree.children.push(...repeated.flatMap(footnoteBlocks).flatMap(cite))
}

function rebaseImages(tree: Root, base: string, file: VFile): ImageUse[] {
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

/** Resolve references, place footnotes and rebase images in `tree` (in place). */
export function prepare(tree: Root, file: VFile, imageBase: string): ImageUse[] {
  resolveReferences(tree)
  moveFootnotes(tree)
  return rebaseImages(tree as Nodes as Root, imageBase, file)
}
