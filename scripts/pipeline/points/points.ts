// Article blocks to points, through a handler per mdast node type.
import type { BlockContent, Blockquote, Code, Heading, Html, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import type { Point, PointContext } from './point.ts'
import { sanitizeBlock, sanitizePhrasing } from '../inert/sanitize-html.ts'
import { sentenceEnds, width } from '../text/measure.ts'
import { plainText, slicePhrasing } from '../text/phrasing.ts'
import { keyPoint } from './key-point.ts'
import { keyPointBudget, lineWidth } from './point.ts'
import { findQuote } from './quote.ts'
import { shortenCode, shortenTable } from './shorten-block.ts'

type Handler<T> = (node: T, context: PointContext) => Point[]

/** Lines a run of inline content takes as a bullet. */
export function bulletLines(nodes: PhrasingContent[], indent = 0): number {
  // A hard line break starts another line however short the text.
  const breaks = nodes.filter(node => node.type === 'break').length
  return Math.max(1, Math.ceil(width(plainText(nodes)) / (lineWidth - indent))) + breaks + 0.3
}

function bullet(children: PhrasingContent[], notes: RootContent[]): Point {
  const shown = keyPoint(sanitizePhrasing(children), keyPointBudget)
  const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: shown }] }
  return { kind: 'bullet', item, body: [], notes, lines: bulletLines(shown) }
}

const maxSentenceBullets = 4

// A section with little text shows each sentence of a paragraph, not just its first.
function sentenceBullets(node: Paragraph): Point[] {
  const text = plainText(node.children)
  let start = 0
  const bullets = sentenceEnds(text).slice(0, maxSentenceBullets).map((end) => {
    const piece = slicePhrasing(node.children, start, end)
    start = end
    return piece
  }).filter(piece => plainText(piece).trim())
  // A paragraph of markup only (raw HTML) shows nothing but keeps its notes.
  return bullets.length ? bullets.map((piece, index) => bullet(piece, index === 0 ? [node] : [])) : [{ kind: 'block', body: [], notes: [node], lines: 0 }]
}

function lead(children: PhrasingContent[], notes: RootContent[]): Point {
  const text = plainText(children).replace(/[\s：:]+$/u, '')
  return { kind: 'lead', body: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: text }] }] }], notes, lines: 1.3 }
}

function isImageOnly(node: Paragraph): boolean {
  return node.children.some(child => child.type === 'image')
    && node.children.every(child => child.type === 'image' || child.type === 'break' || (child.type === 'text' && !child.value.trim()))
}

function introducesList(node: Paragraph, next: RootContent | undefined): boolean {
  return next?.type === 'list' && /[：:]\s*$/u.test(plainText(node.children)) && width(plainText(node.children)) <= keyPointBudget * 2
}

function isLead(node: Paragraph): boolean {
  const [first, ...rest] = node.children
  return first?.type === 'strong' && /^\s*(?:[：:]\s*)?$/u.test(plainText(rest))
}

const paragraph: Handler<Paragraph> = (node, context) => {
  if (isImageOnly(node))
    return [{ kind: 'block', body: [node], notes: [node], lines: 7 }]
  if (isLead(node))
    return [lead(node.children, [node])]
  if (introducesList(node, context.next)) {
    const shown = sanitizePhrasing(node.children)
    return [{ kind: 'lead', body: [{ type: 'paragraph', children: shown }], notes: [node], lines: bulletLines(shown) }]
  }
  const quote = findQuote(node)
  if (!quote)
    return context.expand ? sentenceBullets(node) : [bullet(node.children, [node])]
  const before = slicePhrasing(node.children, 0, quote.start)
  const after = slicePhrasing(node.children, quote.end, Number.POSITIVE_INFINITY)
  const rest = [...before, ...after]
  const saying: Blockquote = { type: 'blockquote', children: [{ type: 'paragraph', children: sanitizePhrasing(quote.text) }] }
  const cite: BlockContent[] = quote.attribution ? [{ type: 'paragraph', children: [{ type: 'text', value: `— ${quote.attribution}` }] }] : []
  const quotePoint: Point = { kind: 'quote', body: [saying, ...cite], notes: [{ type: 'paragraph', children: slicePhrasing(node.children, quote.start, quote.end) }], lines: 0 }
  return plainText(rest).trim() ? [bullet(rest, [{ type: 'paragraph', children: rest }]), quotePoint] : [{ ...quotePoint, notes: [node] }]
}

function subItem(item: ListItem): ListItem {
  const first = item.children.find(child => child.type === 'paragraph')
  const shown = first ? keyPoint(sanitizePhrasing(first.children), keyPointBudget * 0.8) : []
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: shown }] }
}

function listItemPoint(item: ListItem, list: List): Point {
  const first = item.children.find(child => child.type === 'paragraph')
  const text = first ? sanitizePhrasing(first.children) : []
  const shown = width(plainText(text)) <= lineWidth * 2 ? text : keyPoint(text, keyPointBudget)
  const sublist = item.children.find((child): child is List => child.type === 'list')
  const subItems = sublist ? sublist.children.map(subItem) : []
  const children: BlockContent[] = [{ type: 'paragraph', children: shown }]
  if (sublist)
    children.push({ ...sublist, spread: false, children: subItems, position: undefined })
  const lines = bulletLines(shown) + subItems.reduce((sum, sub) => sum + bulletLines((sub.children[0] as Paragraph).children, 2), 0)
  const notes: RootContent[] = [{ ...list, children: [item], position: item.position }]
  return { kind: 'bullet', item: { ...item, spread: false, checked: item.checked, children }, ordered: Boolean(list.ordered), body: [], notes, group: list, lines }
}

const list: Handler<List> = node => node.children.map(item => listItemPoint(item, node))

const blockquote: Handler<Blockquote> = (node) => {
  const first = node.children.find((child): child is Paragraph => child.type === 'paragraph')
  const shown = first ? keyPoint(sanitizePhrasing(first.children), keyPointBudget * 2) : []
  return [{ kind: 'quote', body: [{ type: 'blockquote', children: [{ type: 'paragraph', children: shown }] }], notes: [node], lines: 0 }]
}

const heading: Handler<Heading> = node => [lead(node.children, [node])]

const code: Handler<Code> = (node, context) => {
  const shown = shortenCode(node, context.lang, context.diagrams)
  return [{ kind: 'block', body: shown.blocks, notes: [node], lines: shown.lines }]
}

const table: Handler<Table> = (node, context) => {
  const shown = shortenTable(node, context.lang)
  return [{ kind: 'block', body: shown.blocks, notes: [node], lines: shown.lines }]
}

const html: Handler<Html> = (node) => {
  const images = node.data?.talkdownImages
  if (images?.length)
    return [{ kind: 'block', body: [{ type: 'paragraph', children: images }], notes: [node], lines: 7 }]
  const body = sanitizeBlock(node)
  return [{ kind: 'block', body, notes: [node], lines: body.length ? 5 : 0 }]
}

const silent: Handler<RootContent> = () => []
const notesOnly: Handler<RootContent> = node => [{ kind: 'block', body: [], notes: [node], lines: 0 }]

const handlers: { [K in RootContent['type']]?: Handler<Extract<RootContent, { type: K }>> } = {
  paragraph,
  list,
  blockquote,
  heading,
  code,
  table,
  html,
  thematicBreak: silent,
  definition: silent,
}

/** The points that article blocks `nodes` contribute, in order. */
export function points(nodes: RootContent[], context: PointContext): Point[] {
  return nodes.flatMap((node, index) => {
    const notesOnlyBlock = node.data?.talkdownNotesOnly === true
    const handler = (notesOnlyBlock ? notesOnly : handlers[node.type] ?? notesOnly) as Handler<RootContent>
    return handler(node, { ...context, next: nodes[index + 1] })
  })
}
