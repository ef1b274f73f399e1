// Finds a quoted saying in a paragraph: a bold quotation (**"…"**) or a quotation
// introduced by a colon (认为："…" / said: "…"), with who or what said it.
import type { Blockquote, Paragraph, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { sentenceEnds, width } from '../../text/measure.ts'
import { plainText, slicePhrasing } from '../../text/phrasing.ts'

/** A quoted saying and where its sentence sits in the paragraph's plain text. */
export interface Quote {
  /** The words quoted, without the quotation marks. */
  text: PhrasingContent[]
  /** Who or what is quoted, from the words before the quotation. */
  attribution?: string
  /** Plain-text offset where the quote's sentence starts. */
  start: number
  /** Plain-text offset where the quote's sentence ends. */
  end: number
}

const open = '"“「『'
const close = '"”」』'
const colonQuote = /[：:]\s*["“「『]([^"”」』]+)["”」』]/u
const minWidth = 10

/** The quoted saying in `paragraph`, if it has one worth its own slide. */
export function findQuote(paragraph: Paragraph): Quote | undefined {
  const text = plainText(paragraph.children)
  const range = boldQuote(paragraph.children, text) ?? colonRange(text)
  if (!range)
    return undefined
  const [from, to] = range
  const ends = [0, ...sentenceEnds(text)]
  const index = ends.findIndex(end => end >= to)
  const start = ends[index - 1] ?? 0
  const end = ends[index] ?? text.length
  return { text: slicePhrasing(paragraph.children, from, to), attribution: attribution(text.slice(start, from)), start, end }
}

function boldQuote(nodes: PhrasingContent[], text: string): [number, number] | undefined {
  const bold = nodes.find(node => node.type === 'strong' && isQuoted(plainText([node]).trim()))
  if (!bold)
    return undefined
  const inner = plainText([bold])
  const at = text.indexOf(inner)
  const lead = inner.length - inner.trimStart().length
  const tail = inner.length - inner.trimEnd().length
  const range: [number, number] = [at + lead + 1, at + inner.length - tail - 1]
  return width(text.slice(...range)) >= minWidth ? range : undefined
}

/**
 * `nodes` without the quotation marks around the saying they open with: a quote slide marks its
 * quote itself, and an opening mark left in would keep every cut of a long saying unbalanced. What
 * follows the closing mark is a dash and who or what said it ("…teams.” — Very satisfied / 10+ years"),
 * which is a name or nothing on the slide (the notes keep it), or nothing.
 */
export function withoutQuoteMarks(nodes: PhrasingContent[]): PhrasingContent[] {
  const text = plainText(nodes)
  const start = text.length - text.trimStart().length
  const mark = open.indexOf(text[start] ?? ' ')
  if (mark < 0)
    return nodes
  const closing = text.indexOf(close[mark]!, start + 1)
  // No closing mark: a saying cut short. One with more words after it closes a quote of its own ("“X” and “Y”").
  if (closing >= 0 && !/^\s*(?:[—–―]|-{1,2}\s|$)/u.test(text.slice(closing + 1)))
    return nodes
  return slicePhrasing(nodes, start + 1, closing >= 0 ? closing : text.length)
}

function isQuoted(text: string): boolean {
  return open.includes(text[0] ?? ' ') && close.includes(text.at(-1) ?? ' ')
}

function colonRange(text: string): [number, number] | undefined {
  const match = colonQuote.exec(text)
  if (!match?.[1] || width(match[1]) < minWidth)
    return undefined
  const from = match.index + match[0].indexOf(match[1])
  return [from, from + match[1].length]
}

const speechVerb = /(?:所解读的|所说的|所言|所述|所说|解读说|解读|总结认为|总结道|总结|认为|表示|指出|写道|说道|提到|强调|警告|预测|评价|说|称)$/u
const role = /^(?:(?:著名|知名|资深)?(?:研究者|研究员|专家|作者|分析师|工程师|开发者|创始人|首席执行官|CEO|教授|博士|记者|博主)\s*)+/u
// A transliterated name: given name of two or three characters, then ·-joined parts.
const foreignName = /\p{Script=Han}{2,3}(?:·\p{Script=Han}{1,6}?)+(?=关于|[的在所说也曾和与对]|认为|表示|指出|$)/u
const latinName = /^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*$/u
const englishSpeaker = /\b([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+(?:said|says|wrote|writes|put it|argued|argues|noted|notes|told|explained|explains|warned|observed|concluded)\b/u

// Who is quoted: a name before a verb of saying, or nothing (a clause such as
// "一个共识性的定义形成" names nobody, so the quote goes without attribution).
function attribution(before: string): string | undefined {
  const clause = before.replace(/["“「『\s]+$/u, '').replace(/[：:，,\s]+$/u, '').split(/[，,。；;]/u).at(-1)?.trim() ?? ''
  const english = englishSpeaker.exec(clause)?.[1]
  if (english && !/^(?:As|The|This|That|In|It)$/u.test(english))
    return english.replace(/^(?:As|And|But)\s+/u, '')
  const verb = speechVerb.exec(clause)
  if (!verb)
    return undefined
  const subject = clause.slice(0, verb.index).replace(/^(?:正如|如|据|按照)/u, '').replace(role, '').replace(/[也曾还则就]$/u, '').trim()
  const name = foreignName.exec(subject)?.[0]
  if (name)
    return name
  if (latinName.test(subject))
    return subject
  // A Chinese name after a title ("教授李飞飞认为"): two to four characters, nothing else.
  return /^\p{Script=Han}{2,4}$/u.test(subject) && role.test(clause.replace(/^(?:正如|如|据|按照)/u, '')) ? subject : undefined
}

// A line that only says who said the quote above it: "——Nathen Harvey, Information Week", "— Linus".
const attributionLine = /^(?:—{1,2}|――|--|~)\s*(\S.{0,60})$/u

/** Who block quote `node` names when it is an attribution line alone ("——Nathen Harvey"), else undefined. */
export function attributionOf(node: Blockquote): string | undefined {
  return attributionLine.exec(toString(node).trim())?.[1]?.trim()
}

/**
 * Whether block quote `node` is a line of links set apart ("> eBay中国：https://github.com/ebay",
 * "> [Apache Skywalking](http://…)", "> 腾讯：[github.com/Tencent](…)，正式开源 56 个项目"): with its
 * links and URLs left out, under `minWidth` em of words remain, or it opens on a label and its link.
 * It is the author's text, not a saying.
 */
export function isLinkLine(node: Blockquote): boolean {
  const { linked, text, rest } = outsideLinks(node)
  const labelled = linked[0] !== undefined && /^[^：:，,。]{1,20}[：:]\s*$/u.test(text.slice(0, text.indexOf(linked[0])))
  return (linked.length > 0 || /\bhttps?:\/\//u.test(text)) && (labelled || width(rest.replace(/[\s\p{P}]+/gu, '')) < minWidth)
}

/**
 * Whether paragraph `node` is only links: a site's navigation ("🌐 [CDN](…) | 📖 [Documentation](…)") or a
 * reference ("[1] [Xiaoya Xia et al](…)"). Outside its links no letter is left, only marks, numbers and emoji;
 * a sentence around a link ("すべての発表は[…]") keeps its words and is no link line.
 */
export function isLinksOnly(node: Paragraph): boolean {
  const { linked, rest } = outsideLinks(node)
  return linked.length > 0 && !/\p{L}/u.test(rest)
}

// The words of `node`'s links, its text, and what is left of that text without them and without bare URLs.
function outsideLinks(node: Blockquote | Paragraph): { linked: string[], text: string, rest: string } {
  const linked: string[] = []
  visit(node, 'link', link => void linked.push(toString(link)))
  const text = toString(node)
  const rest = linked.reduce((left, words) => left.replace(words, ''), text).replace(/\bhttps?:\/\/\S+/gu, '')
  return { linked, text, rest }
}

/** Whether block quote `node` is a list of names ("> evpp、SpriteJS、GoReporter、…"): four or more short items, no sentence. */
export function isNameList(node: Blockquote): boolean {
  const text = toString(node).trim()
  const items = text.split(/\s*[、，,]\s*/u)
  return items.length >= 4 && !/[。！？!?]|\.\s/u.test(text) && items.every(item => item && width(item) <= 16)
}

/** Whether block quote `node` ends on a colon: it introduces what follows ("> 百度：… 也有诸多开源项目，其中："), it quotes nobody. */
export function introducesNext(node: Blockquote): boolean {
  return /[:：]$/u.test(toString(node).trim())
}
