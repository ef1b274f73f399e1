// Make the tree self-contained before it is cut into slides: container fences (`:::info`) and admonitions (`!!! info`),
// MDX whitespace strings (`{'  '}`), site markup (MDX statements and components, Liquid,
// Hexo and Hugo tags, Franklin's @def lines, kramdown attribute lists, d2l's roles and framework tabs) and heading attributes taken off, a formula paragraph made display math, the article's own
// table of contents marked notes-only, reference links resolved, footnotes moved next to
// the text that cites them, relative images rebased onto the output file's folder.
import type { BlockContent, FootnoteDefinition, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { ImageExists, ImageSize, ImageUse } from './rebase-images.ts'
import { definitions } from 'mdast-util-definitions'
import { visit } from 'unist-util-visit'
import { isMetadataLines } from '../1-parse/front-matter.ts'
import { articleLang } from '../text/article-lang.ts'
import { admonitions, mayHoldAdmonitions } from './admonitions.ts'
import { containerFences } from './container-fences.ts'
import { d2lMarkup, mayHoldD2lMarkup } from './d2l-markup.ts'
import { definitionLists, mayHoldDefinitions } from './definition-lists.ts'
import { diagramKinds } from './diagram-kinds.ts'
import { displayMath } from './display-math.ts'
import { emojiShortcodes, mayHoldShortcodes } from './emoji-shortcodes.ts'
import { emptyTags, mayHoldEmptyTags } from './empty-tags.ts'
import { franklinMarkup, mayHoldFranklin } from './franklin-markup.ts'
import { githubAlerts, mayHoldAlerts } from './github-alerts.ts'
import { headingAttributes } from './heading-attributes.ts'
import { htmlTables } from './html-tables.ts'
import { imageRows } from './image-rows.ts'
import { includeDirectives, mayHoldIncludes } from './include-directives.ts'
import { kramdownMarkup, mayHoldKramdownAttributes } from './kramdown-attributes.ts'
import { mayHoldMdxCodeBlocks, mdxCodeBlocks } from './mdx-code-blocks.ts'
import { mayHoldMdxMarkup, mdxMarkup } from './mdx-markup.ts'
import { mayHoldMdxStrings, mdxStrings } from './mdx-strings.ts'
import { rebaseImages } from './rebase-images.ts'
import { tableOfContents } from './table-of-contents.ts'
import { codeTags, mayHoldTemplateTags, templateTags } from './template-tags.ts'

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
        parent.children.splice(index, 1, { type: 'text', value: `[${node.label ?? node.identifier}]`, data: { talkdownFootnoteMark: true } } as never)
    })
    return [block, ...cited.flatMap(cite)]
  }
  tree.children = tree.children.flatMap(cite)
  // Pushed one by one: an article may have more footnotes than a call takes arguments.
  const add = (blocks: RootContent[]): void => blocks.forEach(block => tree.children.push(block))
  for (const [identifier, note] of notes) {
    if (!used.has(identifier) && used.add(identifier))
      add(footnoteBlocks(note).flatMap(cite))
  }
  add(repeated.flatMap(footnoteBlocks).flatMap(cite))
}

// The node types in `tree`: each step below walks the tree only when it has work there
// (most articles have no references or footnotes, and a walk per step costs).
function nodeTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type)
  if ('children' in node) {
    for (const child of node.children)
      nodeTypes(child, into)
  }
  return into
}

/** Resolve references, place footnotes and rebase and check images in `tree` (in place). */
export function prepare(tree: Root, file: VFile, imageBase: string, imageExists?: ImageExists, imageSize?: ImageSize): ImageUse[] {
  // A walk over every text node cost about 1 ms of each live regeneration of the seed,
  // which has no such string: the source is searched first (microseconds).
  const source = String(file.value)
  // First, as what the fences hold is article content of any kind.
  // Metadata lines that open the article ("author: …", read by 1-parse's frontMatter) are no text of it.
  if (isMetadataLines(tree.children[0]))
    tree.children.shift()
  if (mayHoldMdxCodeBlocks(source))
    mdxCodeBlocks(tree, source)
  // Before `types` too: an admonition's body is parsed here.
  if (mayHoldAdmonitions(source))
    admonitions(tree, source)
  const types = nodeTypes(tree)
  containerFences(tree)
  if (mayHoldMdxStrings(source))
    mdxStrings(tree)
  // Site generators' markup (MDX statements and components, template tags, kramdown
  // attribute lists), each only when the source may hold it.
  if (mayHoldMdxMarkup(source))
    mdxMarkup(tree)
  if (mayHoldIncludes(source))
    includeDirectives(tree)
  if (mayHoldFranklin(source))
    franklinMarkup(tree, source)
  if (mayHoldTemplateTags(source)) {
    codeTags(tree, source)
    templateTags(tree)
  }
  if (mayHoldAlerts(source))
    githubAlerts(tree)
  if (types.has('heading'))
    headingAttributes(tree)
  if (types.has('html') && mayHoldEmptyTags(source))
    emptyTags(tree)
  if (types.has('html') && /<table[\s>]/iu.test(source))
    htmlTables(tree, source)
  // Before display math: a formula's `:eqlabel:` line is taken off, so the formula stands alone.
  if (mayHoldD2lMarkup(source))
    d2lMarkup(tree, source, articleLang(source))
  if (types.has('inlineMath'))
    displayMath(tree, String(file.value))
  // After the headings took their own `{: #id}` off (heading-attributes.ts keeps the id).
  if (mayHoldKramdownAttributes(source))
    kramdownMarkup(tree)
  if (mayHoldDefinitions(source))
    definitionLists(tree)
  if (mayHoldShortcodes(source))
    emojiShortcodes(tree)
  if (types.has('code') || source.includes('mermaid'))
    diagramKinds(tree, file)
  if (types.has('list') && (types.has('link') || types.has('html')))
    tableOfContents(tree)
  if (types.has('linkReference') || types.has('imageReference'))
    resolveReferences(tree)
  if (types.has('footnoteDefinition') || types.has('footnoteReference'))
    moveFootnotes(tree)
  // An image tag (`{{< fig-img >}}`, `{{image "a.png"}}`) became an image after `types` was taken.
  // So did Franklin's `~~~` HTML.
  const images = types.has('image') || types.has('imageReference') || types.has('html') || mayHoldTemplateTags(source) || mayHoldFranklin(source)
  if (!images)
    return []
  const used = rebaseImages(tree as Nodes as Root, imageBase, file, imageExists, imageSize)
  // After the tags of an HTML row became images.
  imageRows(tree as Nodes as Root)
  return used
}

export type { ImageExists, ImageSize, ImageUse }
