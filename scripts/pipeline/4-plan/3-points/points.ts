// Article blocks to points, through a handler per mdast node type.
import type { BlockContent, Blockquote, Code, Heading, Html, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import type { Math as MathBlock } from 'mdast-util-math'
import type { Lang } from '../../model/deck.ts'
import type { Candidate, Point, PointContext } from './point.ts'
import { toString } from 'mdast-util-to-string'
import { sanitizeBlock, sanitizePhrasing } from '../../inert/sanitize-html.ts'
import { showsAsFormula } from '../../inert/tex.ts'
import { groupName, keyPointBudget, lineWidth } from '../../shared/tuning.ts'
import { isCreditLine, isFragment, isSignOff, pointsAhead } from '../../text/lang/index.ts'
import { sentenceEnds, width } from '../../text/measure.ts'
import { boundaryText, hasFormula, plainText, slicePhrasing } from '../../text/phrasing.ts'
import { isAside } from './aside.ts'
import { codeTerms, importsOnly } from './code-excerpt.ts'
import { embeddedFrames, embeddedPost, embedLine, postName } from './embed.ts'
import { keyPoint } from './key-point.ts'
import { attributionOf, findQuote, introducesNext, isLinkLine, isLinksOnly, isNameList, withoutQuoteMarks } from './quote.ts'
import { withoutReferences } from './references.ts'
import { runInLabel, shortPoint } from './short-point.ts'
import { shortenCode, shortenTable } from './shorten-block.ts'

type Handler<T> = (node: T, context: PointContext) => Point[]

/** Lines a run of inline content takes as a bullet. */
export function bulletLines(nodes: PhrasingContent[], indent = 0): number {
  // A hard line break starts another line however short the text.
  const breaks = nodes.filter(node => node.type === 'break').length
  return Math.max(1, Math.ceil(width(plainText(nodes)) / (lineWidth - indent))) + breaks + 0.3
}

// Each sentence of a paragraph is a candidate; the planner shows the most salient of a slide.
function candidates(children: PhrasingContent[], lang: Lang, item = false): Candidate[] {
  const text = boundaryText(children)
  // A run-in label ("**Lemma.**") heads the sentence after it, never a sentence of its own.
  const label = runInLabel(children, lang)?.rest ?? 0
  let start = 0
  return sentenceEnds(text).filter(end => end > label).flatMap((end, index) => {
    const nodes = slicePhrasing(children, start, end)
    start = end
    const shown = shortPoint(nodes, lang)
    const sentence = plainText(nodes).trim()
    const bold = nodes.some(node => node.type === 'strong' && width(plainText([node]).trim()) >= 2)
    return sentence && plainText(shown).trim() ? [{ shown, cues: { text: sentence, first: index === 0, bold, item }, lines: bulletLines(shown) }] : []
  })
}

// A footnote's mark ("数式モード[m1] の話") points the reader at a note the slide does not show.
function withoutFootnoteMarks(children: PhrasingContent[]): PhrasingContent[] {
  return children.filter(child => !(child.type === 'text' && child.data?.talkdownFootnoteMark))
}

function bullet(children: PhrasingContent[], notes: RootContent[], lang: Lang): Point {
  const safe = withoutReferences(sanitizePhrasing(withoutFootnoteMarks(children)))
  const found = candidates(safe, lang)
  // A paragraph of markup only (raw HTML) shows nothing but keeps its notes.
  if (!found.length)
    return { kind: 'block', body: [], notes, lines: 0 }
  const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: found[0]!.shown }] }
  return { kind: 'bullet', item, body: [], notes, lines: found[0]!.lines, candidates: found }
}

function lead(children: PhrasingContent[], notes: RootContent[]): Point {
  // A formula keeps its node (plain text would show its TeX).
  const formula = hasFormula(children)
  const safe = formula ? sanitizePhrasing(children) : children
  const text = plainText(safe).replace(/[\s：:]+$/u, '')
  const shown: PhrasingContent[] = formula ? slicePhrasing(safe, 0, text.length) : [{ type: 'text', value: text }]
  return { kind: 'lead', body: [{ type: 'paragraph', children: [{ type: 'strong', children: shown }] }], notes, lines: 1.3 }
}

function isImageOnly(node: Paragraph): boolean {
  return node.children.some(child => child.type === 'image')
    && node.children.every(child => child.type === 'image' || child.type === 'break' || (child.type === 'text' && !child.value.trim()))
}

// A short paragraph before a list that ends on a colon or points ahead ("…するために以下の操作を実行する必要があります。")
// introduces it: shown without its list, it announces what the slide never shows.
function introducesList(node: Paragraph, next: RootContent | undefined, lang: Lang): boolean {
  const text = plainText(node.children)
  return next?.type === 'list' && (/[：:]\s*$/u.test(text) || pointsAhead(text, lang)) && width(text) <= keyPointBudget * 2
}

// A paragraph wholly in <small>: a label or a source line, not a point.
function isFinePrint(node: Paragraph): boolean {
  const parts = node.children.filter(child => child.type !== 'text' || child.value.trim())
  const [open, close] = [parts[0], parts.at(-1)]
  return parts.length > 2 && open?.type === 'html' && /^<small>$/iu.test(open.value) && close?.type === 'html' && /^<\/small>$/iu.test(close.value)
    && !parts.slice(1, -1).some(child => child.type === 'html' && /<\/?small\b/iu.test(child.value))
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
  // A line of links ("🌐 CDN | 📖 Documentation | 🙌 Contribution") is the site's navigation: read, not said.
  // So is a letter's closing ("Cheers,\nRyan"), and fine print (web.dev's "<small>Question 22</small>" over a figure): the speaker says it.
  if (isLinksOnly(node) || isSignOff(plainText(node.children)) || isFinePrint(node))
    return [{ kind: 'block', body: [], notes: [node], lines: 0 }]
  // One sentence introducing a list heads it, shortened; a longer introduction is a bullet like any paragraph.
  if (introducesList(node, context.next, context.lang) && sentenceEnds(plainText(node.children).trim()).length === 1) {
    const short = shortPoint(sanitizePhrasing(node.children), context.lang)
    // "调查结果表明：" reads whole with its colon, as the list's head; cut to "调查结果表明" it is a fragment.
    const text = plainText(short)
    const shown = !text.trim() || isFragment(text, context.lang) ? sanitizePhrasing(node.children) : short
    return [{ kind: 'lead', body: [{ type: 'paragraph', children: shown }], notes: [node], lines: bulletLines(shown) }]
  }
  const quote = findQuote(node)
  if (!quote)
    return [bullet(node.children, [node], context.lang)]
  const before = slicePhrasing(node.children, 0, quote.start)
  const after = slicePhrasing(node.children, quote.end, Number.POSITIVE_INFINITY)
  const rest = [...before, ...after]
  const saying = quotePoint(sanitizePhrasing(quote.text), quote.attribution, [{ type: 'paragraph', children: slicePhrasing(node.children, quote.start, quote.end) }])
  return plainText(rest).trim() ? [bullet(rest, [{ type: 'paragraph', children: rest }], context.lang), saying] : [{ ...saying, notes: [node] }]
}

// A list item shows its own text, shortened; its sub-items stay in the notes.
function listItemPoint(item: ListItem, list: List, lang: Lang): Point {
  const first = item.children.find(child => child.type === 'paragraph')
  const text = first ? withoutReferences(sanitizePhrasing(first.children)) : []
  const shown = shortPoint(text, lang)
  const sentence = plainText(text).trim()
  const bold = text.some(node => node.type === 'strong')
  const notes: RootContent[] = [{ ...list, children: [item], position: item.position }]
  const lines = bulletLines(shown)
  const found: Candidate[] = sentence && plainText(shown).trim() ? [{ shown, cues: { text: sentence, first: false, bold, item: true }, lines }] : []
  const shownItem: ListItem = { ...item, spread: false, checked: item.checked, children: [{ type: 'paragraph', children: shown }] }
  return { kind: 'bullet', item: shownItem, ordered: Boolean(list.ordered), body: [], notes, group: list, lines, candidates: found }
}

// An item that only names a group of the items under it ("+ TiDB", "+ Backup & Restore (BR)" in release notes):
// a name of at most `groupName` wide, no task and no clause, with nothing but the list after it.
function groupOf(item: ListItem): { name: Paragraph, items: List } | undefined {
  const [name, items, ...rest] = item.children
  if (name?.type !== 'paragraph' || items?.type !== 'list' || rest.length || typeof item.checked === 'boolean')
    return undefined
  const text = plainText(name.children).trim()
  return text && width(text) <= groupName && !/[。.!?！？；;，,：:]/u.test(text) ? { name, items } : undefined
}

// In a list of groups only (release notes' "+ TiDB / + TiKV / + PD / + Tools"), each name heads its items, which
// are the points. Elsewhere an item's sub-items stay in the notes: a form's or an outline's lists are no groups.
// An item whose name or summary has paragraphs of its own under it ("* 支持设置 TiDB 节点的服务范围…" then what it
// does, in release notes and feature lists): its blocks after the first.
function bodyOf(item: ListItem): RootContent[] | undefined {
  const [first, ...rest] = item.children
  return first?.type === 'paragraph' && rest.some(block => block.type === 'paragraph') ? rest : undefined
}

// In a list whose every item has a body, each item's key point heads the points of its body, as a sub-heading does:
// one bullet per feature and its description in the notes had left TiDB's feature slides with a bullet each.
function describedItem(item: ListItem, node: List, context: PointContext): Point[] | undefined {
  const first = item.children[0] as Paragraph
  const shown = shortPoint(withoutReferences(sanitizePhrasing(first.children)), context.lang)
  if (!plainText(shown).trim())
    return undefined
  const notes: RootContent[] = [{ ...node, children: [{ ...item, children: [first] }], position: item.position }]
  return [{ ...lead(shown, notes), subHeading: true }, ...points(bodyOf(item)!, context)]
}

const list: Handler<List> = (node, context) => node.children.flatMap((item) => {
  const described = node.children.every(bodyOf) ? describedItem(item, node, context) : undefined
  if (described)
    return described
  const group = node.children.every(groupOf) ? groupOf(item) : undefined
  if (!group)
    return [listItemPoint(item, node, context.lang)]
  // Its notes hold the name and an empty copy of the list, where notes.ts nests the items shown after it.
  const notes: RootContent[] = [{ ...node, children: [{ ...item, children: [group.name, { ...group.items, children: [] }] }], position: item.position }]
  return [{ ...lead(group.name.children, notes), group: node }, ...list(group.items, context)]
})

// A quote slide shows `shown` (and who said it); with nothing to show, its notes go to the slide before.
function quotePoint(shown: PhrasingContent[], author: string | undefined, notes: RootContent[]): Point {
  if (!plainText(shown).trim())
    return { kind: 'block', body: [], notes, lines: 0 }
  const cite: BlockContent[] = author ? [{ type: 'paragraph', children: [{ type: 'text', value: `— ${author}` }] }] : []
  return { kind: 'quote', body: [{ type: 'blockquote', children: [{ type: 'paragraph', children: shown }] }, ...cite], notes, lines: 0 }
}

// A block quote of paragraphs is a saying; one that holds a list, a table or code (a translation's
// "> 原文：… / - 译者：…") is the author's own text set apart, and its blocks are points like any other.
// A line of links or of names set apart, or one that ends introducing what follows, is the author's text too; an attribution line alone ("> ——Nathen Harvey")
// names who said the quote before it, and stays in the notes.
const blockquote: Handler<Blockquote> = (node, context) => {
  // A translation's credits ("> 翻訳 : … / 原文 : …") are the page's metadata: the notes keep them.
  // So is a note under a picture ("> You can scroll the chart to the right…"): the speaker says it beside the picture.
  if (isCreditLine(toString(node)) || (isFigure(context.previous) && !attributionOf(node)))
    return [{ kind: 'block', body: [], notes: [node], lines: 0 }]
  if (isAside(node) || isLinkLine(node) || isNameList(node) || introducesNext(node) || node.children.some(child => child.type !== 'paragraph'))
    return points(node.children, context)
  if (attributionOf(node))
    return [{ kind: 'block', body: [], notes: [node], lines: 0 }]
  const first = node.children.find((child): child is Paragraph => child.type === 'paragraph')
  const author = context.next?.type === 'blockquote' ? attributionOf(context.next) : undefined
  return [quotePoint(first ? keyPoint(withoutQuoteMarks(sanitizePhrasing(withoutFootnoteMarks(first.children))), keyPointBudget * 2, context.lang) : [], author, [node])]
}

const heading: Handler<Heading> = node => [lead(node.children, [node])]

const code: Handler<Code> = (node, context) => {
  // A cell of imports alone ("from d2l import torch as d2l") is said, not shown.
  if (importsOnly(node.value.split('\n')))
    return [{ kind: 'block', body: [], notes: [node], lines: 0 }]
  const shown = shortenCode(node, context.lang, context.terms ?? new Set(), context.diagrams)
  return [{ kind: 'block', body: shown.blocks, notes: [node], lines: shown.lines }]
}

// A display formula is a visual, like code: shown whole beside its sentence, scaled to fit
// (styles/index.css), its TeX in the notes. Lines: a row of a formula is about a bullet
// line and a half at the slide's formula size; many rows are scaled down, so it counts at most 7.
const math: Handler<MathBlock> = (node, context) => {
  // TeX that KaTeX cannot typeset shows as code, shortened as code is.
  if (!showsAsFormula(node.value))
    return code({ type: 'code', lang: 'tex', meta: null, value: node.value, position: node.position }, context)
  const rows = node.value.split(/\\\\(?![a-z])/i).length
  // The sentence's comma or full stop the article set inside the formula ("…\Big],") ends nothing on the
  // slide, where the formula stands alone: it would read as cut off (the notes keep it).
  const shown = node.value.replace(/(?<!\\)[,.;:]\s*$/u, '')
  return [{ kind: 'block', body: [{ type: 'math', meta: null, value: shown }], notes: [node], lines: Math.min(7, 1 + rows * 1.5) }]
}

const table: Handler<Table> = (node, context) => {
  const shown = shortenTable(node, context.lang)
  return [{ kind: 'block', body: shown.blocks, notes: [node], lines: shown.lines }]
}

const html: Handler<Html> = (node, context) => {
  const images = node.data?.talkdownImages
  if (images?.length)
    return [{ kind: 'block', body: [{ type: 'paragraph', children: images }], notes: [node], lines: 7 }]
  // An embedded post is a quote of its words and author; its notes give the post in words and its link.
  const post = embeddedPost(node.value)
  if (post) {
    const said: PhrasingContent[] = [{ type: 'text', value: post.text }]
    // The markup stays below, as the notes keep all of the article's HTML.
    const words: RootContent[] = post.text ? [{ type: 'blockquote', children: [{ type: 'paragraph', children: said }] }] : []
    const notes: RootContent[] = [...words, embedLine(postName(post), post.url, context.lang), node]
    return [quotePoint(post.text ? keyPoint(said, keyPointBudget * 2, context.lang) : [], post.author, notes)]
  }
  const body = sanitizeBlock(node)
  // A frame (a video, a map) cannot play on a slide: the notes name it and link to it, above its markup.
  const frames = embeddedFrames(node.value).map(frame => embedLine(frame.name, frame.url, context.lang))
  return [{ kind: 'block', body, notes: [...frames, node], lines: htmlLines(body) }]
}

// Bullet lines sanitized HTML takes: its paragraphs line by line (web.dev's stat cards are four
// paragraphs of a figure and two lines each), at least the five a frame or a figure was given.
function htmlLines(body: BlockContent[]): number {
  const lines = body.reduce((sum, block) => sum + (block.type === 'paragraph' ? bulletLines(block.children) : 0), 0)
  return body.length ? Math.max(5, lines) : 0
}

const silent: Handler<RootContent> = () => []
const notesOnly: Handler<RootContent> = node => [{ kind: 'block', body: [], notes: [node], lines: 0 }]

const handlers: { [K in RootContent['type']]?: Handler<Extract<RootContent, { type: K }>> } = {
  paragraph,
  list,
  blockquote,
  heading,
  code,
  math,
  table,
  html,
  thematicBreak: silent,
  definition: silent,
}

// An HTML comment ("<!-- Chart technology-domain end -->") stands between no two blocks.
function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/u.test(node.value)
}

// A picture: a paragraph of images, or HTML the prepare stage read as images.
function isFigure(node: RootContent | undefined): boolean {
  return (node?.type === 'paragraph' && isImageOnly(node)) || (node?.type === 'html' && Boolean(node.data?.talkdownImages?.length))
}

/** The points that article blocks `nodes` contribute, in order. */
export function points(nodes: RootContent[], context: PointContext): Point[] {
  // An aside's blocks (handled through this again) look for the section's terms.
  const terms = context.terms ?? codeTerms(nodes)
  return nodes.flatMap((node, index) => {
    const notesOnlyBlock = node.data?.talkdownNotesOnly === true
    const handler = (notesOnlyBlock ? notesOnly : handlers[node.type] ?? notesOnly) as Handler<RootContent>
    const previous = nodes.slice(0, index).findLast(block => !isComment(block))
    return handler(node, { ...context, next: nodes[index + 1], previous, terms })
  })
}
