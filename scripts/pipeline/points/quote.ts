// Finds a quoted saying in a paragraph: a bold quotation (**"…"**) or a quotation
// introduced by a colon (认为："…" / said: "…"), with who or what said it.
import type { Paragraph, PhrasingContent } from 'mdast'
import { sentenceEnds, width } from '../text/measure.ts'
import { plainText, slicePhrasing } from '../text/phrasing.ts'

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

function attribution(before: string): string | undefined {
  const clause = before.replace(/["“「『\s]+$/u, '').replace(/[：:，,\s]+$/u, '').split(/[，,。；;]/u).at(-1)?.trim()
  return clause?.replace(/^(?:正如|如|据)/u, '').trim() || undefined
}
