// Flatten a section's mdast blocks into the units the chart heuristics read:
// one unit per list item (nested lists included) and one per sentence of a paragraph.
import type { List, ListItem, Paragraph, RootContent } from 'mdast'
import type { ChartSource } from '../../../model/chart.ts'
import { toString } from 'mdast-util-to-string'

/** A list item or a sentence, as plain text with its bold lead-in split off. */
export interface Unit {
  kind: 'item' | 'sentence'
  /** Plain text of the item's own paragraph, or of the sentence. */
  text: string
  /** Bold text the unit opens with ("**GLM-4.7**: …"). */
  lead?: string
  /** A list item's bold phrase when it does not open the item ("唯一減少したメトリクスは**変更されたファイル数**で…"): what the item is about. */
  bold?: string
  /** Parenthesised gloss right after the lead ("**随性编程**（Vibe coding）：…"). */
  gloss?: string
  /** Text after the lead, gloss and colon. */
  rest?: string
  /** Lead-in of the list the item belongs to ("**通义千问**：" before the list). */
  group?: string
  /** Id of the list the item belongs to (same for all items of one list). */
  list?: number
  /** Whether that list is ordered. */
  ordered?: boolean
  /** Where the unit's block starts in the article. */
  source: ChartSource
}

interface Walk { units: Unit[], lists: number, group?: string }

const SENTENCE_END = /(?<=[。．！？!?])|(?<=[.;；])\s+(?=[A-Z"“])/

/** Source of a node (1:1 when it has no position). */
function sourceOf(node: RootContent): ChartSource {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

/** Lead, gloss and rest of a paragraph that opens with bold text. */
function splitLead(paragraph: Paragraph): Pick<Unit, 'lead' | 'gloss' | 'rest'> {
  const [first, ...others] = paragraph.children
  if (first?.type !== 'strong')
    return {}
  const lead = toString(first).trim()
  const after = others.map(node => toString(node)).join('')
  const match = /^\s*(?:[（(]([^）)]+)[）)]\s*)?[：:]([\s\S]*)$/.exec(after)
  return match ? { lead, gloss: match[1]?.trim(), rest: (match[2] ?? '').trim() } : { lead, rest: after.trim() }
}

/** Units of one list, nested lists included. */
function walkList(list: List, walk: Walk): void {
  const id = walk.lists++
  list.children.forEach((item: ListItem) => {
    const paragraph = item.children.find((c): c is Paragraph => c.type === 'paragraph')
    if (paragraph) {
      const text = toString(paragraph).trim()
      const lead = splitLead(paragraph)
      const bold = lead.lead ? undefined : paragraph.children.find(child => child.type === 'strong')
      walk.units.push({ kind: 'item', text, ...lead, ...(bold ? { bold: toString(bold).trim() } : {}), group: walk.group, list: id, ordered: list.ordered ?? false, source: sourceOf(item) })
    }
    item.children.forEach(child => child.type === 'list' && walkList(child, walk))
  })
}

/** Units of one paragraph; a bare bold lead-in ("**X**：") becomes the group of the next list. */
function walkParagraph(paragraph: Paragraph, walk: Walk): void {
  const lead = splitLead(paragraph)
  walk.group = lead.lead && !lead.rest ? lead.lead : undefined
  const text = toString(paragraph).trim()
  const sentences = text.split(SENTENCE_END).map(s => s.trim()).filter(Boolean)
  sentences.forEach((sentence, i) => walk.units.push({ kind: 'sentence', text: sentence, ...(i === 0 ? lead : {}), source: sourceOf(paragraph) }))
}

/** Units of `blocks`, in article order. */
export function sectionUnits(blocks: RootContent[]): Unit[] {
  const walk: Walk = { units: [], lists: 0 }
  const visit = (block: RootContent): void => {
    if (block.type === 'paragraph')
      return walkParagraph(block, walk)
    if (block.type === 'list')
      walkList(block, walk)
    else if (block.type === 'blockquote')
      block.children.forEach(visit)
    walk.group = undefined
  }
  blocks.forEach(visit)
  return walk.units
}
