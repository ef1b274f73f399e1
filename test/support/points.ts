// Points built by hand for the rule modules' tests (4-plan/3-points/): each as the handlers in
// points.ts make it, with only what the rule under test reads.
import type { List, RootContent } from 'mdast'
import type { Candidate, Point } from '../../scripts/pipeline/4-plan/3-points/point.ts'

/** A sentence a bullet may show: `shown` as its key point, `lines` high. */
export function candidate(shown: string, lines = 1): Candidate {
  return { shown: [{ type: 'text', value: shown }], cues: { text: shown, first: true, bold: false, item: false }, lines }
}

/** A paragraph's bullet: one candidate per sentence. */
export function paragraph(...sentences: string[]): Point {
  const notes: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: sentences.join(' ') }] }]
  const candidates = sentences.map(sentence => candidate(sentence))
  const item = { type: 'listItem', children: [{ type: 'paragraph', children: candidates[0]!.shown }] } as Point['item']
  return { kind: 'bullet', item, body: [], notes, lines: 1, candidates }
}

/** An item of `group` (a list), as a bullet of one sentence. */
export function item(text: string, group: List): Point {
  return { ...paragraph(text), group, ordered: Boolean(group.ordered) }
}

/** A list for `item`. */
export function list(ordered = false): List {
  return { type: 'list', ordered, children: [] }
}

/** A sub-heading, shown as a lead. */
export function heading(text: string, depth: 1 | 2 | 3 | 4 | 5 | 6 = 3): Point {
  const children = [{ type: 'text' as const, value: text }]
  return { kind: 'lead', body: [{ type: 'paragraph', children }], notes: [{ type: 'heading', depth, children }], lines: 1 }
}

/** A sentence introducing a list, shown as a lead. */
export function intro(text: string): Point {
  const children = [{ type: 'text' as const, value: text }]
  return { kind: 'lead', body: [{ type: 'paragraph', children }], notes: [{ type: 'paragraph', children }], lines: 1 }
}

/** A code block (TypeScript unless `lang` says), shown as is. */
export function code(value: string, lang = 'ts'): Point {
  const block = { type: 'code' as const, lang, value }
  return { kind: 'block', body: [block], notes: [block], lines: 3 }
}

/** A table of one cell, shown as is. */
export function table(cell: string): Point {
  const block = { type: 'table' as const, children: [{ type: 'tableRow' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: cell }] }] }] }
  return { kind: 'block', body: [block], notes: [block], lines: 2 }
}

/** An image, shown as is. */
export function image(url: string): Point {
  const block = { type: 'paragraph' as const, children: [{ type: 'image' as const, url, alt: '' }] }
  return { kind: 'block', body: [block], notes: [block], lines: 6 }
}

/** Raw HTML, shown as is when the sanitizer left something in it. */
export function html(value: string): Point {
  const block = { type: 'html' as const, value }
  return { kind: 'block', body: [block], notes: [block], lines: 1 }
}

/** The text a point shows, or its notes' text for one that shows its body. */
export function label(point: Point): string {
  const node = point.kind === 'bullet' ? point.item?.children[0] : point.body[0] ?? point.notes[0]
  return node && 'children' in node ? node.children.map(child => 'value' in child ? child.value : '').join('') : node && 'value' in node ? node.value : ''
}
