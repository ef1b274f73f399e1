// Site generators' markup inside prose (Liquid and Hugo tags, kramdown attribute lists, JSX
// tags) arrives as text and inline HTML, often over several lines of one paragraph. This is
// the one walk that takes a pattern's matches out of the text of paragraphs, headings and
// table cells, across neighbouring text and HTML nodes (`{{<figure src=x>}}` is text, HTML,
// text), drops a paragraph left empty, and lets the caller put blocks after the paragraph a
// match came from (an image shortcode's image, for the notes).
import type { BlockContent, Html, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast'

/** What a caller puts after a paragraph or heading for the matches taken out of it. */
export type BlocksFor = (matches: string[], from: RootContent) => BlockContent[]

/** The words a match leaves in its place in text ('' for none): a callout tag's title. */
export type WordsOf = (match: string) => string

type Piece = Text | Html | Link

// GFM reads an address in a tag's attribute (`link="https://…"`) as a link of its own: such a
// literal link (its text is its address) is part of the run, or the tag around it is never whole.
function isLiteralLink(node: PhrasingContent): node is Link {
  if (node.type !== 'link')
    return false
  const [only, ...rest] = node.children
  return only?.type === 'text' && !rest.length && [only.value, `http://${only.value}`, `mailto:${only.value}`].includes(node.url)
}

const textOf = (node: Piece): string => node.type === 'link' ? (node.children[0] as Text).value : node.value

// Cut the matches out of a run of neighbouring text, HTML and literal link nodes; each kept
// stretch keeps the type of the node it came from (a link a cut took a part of is left as text).
function cutRun(run: Piece[], pattern: RegExp, found: string[], wordsOf?: WordsOf): Piece[] {
  const source = run.map(textOf).join('')
  const matches = [...source.matchAll(pattern)]
  if (!matches.length)
    return run
  found.push(...matches.map(match => match[0]))
  const out: Piece[] = []
  let start = 0
  for (const node of run) {
    const end = start + textOf(node).length
    let value = ''
    let at = start
    for (const match of matches) {
      const from = match.index
      const to = from + match[0].length
      if (to <= at || from >= end)
        continue
      value += source.slice(at, Math.max(at, from))
      if (from >= start && node.type === 'text')
        value += wordsOf?.(match[0]) ?? ''
      at = Math.min(end, to)
    }
    value += source.slice(at, end)
    const whole = value === textOf(node)
    start = end
    if (node.type === 'link') {
      if (whole)
        out.push(node)
      else if (value)
        out.push({ type: 'text', value, position: node.position })
      continue
    }
    const last = out.at(-1)
    // Texts either side of a cut meet again as one text.
    if (value && node.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { ...last, value: last.value + value }
    else if (value)
      out.push({ ...node, value } as Piece)
  }
  // A cut leaves its spaces and an emptied line behind: squeezed, since both are markup too.
  return out.map(node => node.type === 'text' ? { ...node, value: node.value.replace(/[ \t]{2,}/g, ' ').replace(/\n[ \t]*(?=\n)/g, '') } : node)
}

function cutPhrasing(children: PhrasingContent[], pattern: RegExp, found: string[], wordsOf?: WordsOf): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let run: Piece[] = []
  const flush = (): void => {
    out.push(...cutRun(run, pattern, found, wordsOf))
    run = []
  }
  for (const child of children) {
    if (child.type === 'text' || child.type === 'html' || isLiteralLink(child)) {
      run.push(child)
      continue
    }
    flush()
    out.push('children' in child ? { ...child, children: cutPhrasing(child.children as PhrasingContent[], pattern, found, wordsOf) } as PhrasingContent : child)
  }
  flush()
  return out
}

/** Whether phrasing content holds nothing to read (only whitespace and line breaks). */
export function emptyPhrasing(children: PhrasingContent[]): boolean {
  return children.every(child => child.type === 'break' || (child.type === 'text' && !child.value.trim()))
}

// Trim the line breaks a cut left at the start or end of a paragraph.
function trimEnds(children: PhrasingContent[]): PhrasingContent[] {
  const copy = [...children]
  const first = copy[0]
  if (first?.type === 'text')
    copy[0] = { ...first, value: first.value.replace(/^\s+/, '') }
  const last = copy.at(-1)
  if (last?.type === 'text')
    copy[copy.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') }
  return copy.filter(child => child.type !== 'text' || child.value)
}

const phrasingParents = new Set(['paragraph', 'heading', 'tableCell'])
// Code, math and HTML blocks are not prose: markup-looking text in them is the article's content.
const leaves = new Set(['code', 'html', 'math', 'yaml', 'toml'])

function stripIn(parent: Parent, pattern: RegExp, blocksFor?: BlocksFor, wordsOf?: WordsOf): void {
  parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
    if (phrasingParents.has(child.type) && 'children' in child) {
      const found: string[] = []
      const children = cutPhrasing(child.children as PhrasingContent[], pattern, found, wordsOf)
      if (!found.length)
        return [child]
      const after = blocksFor?.(found, child) ?? []
      if (child.type === 'paragraph' && emptyPhrasing(children))
        return after
      return [{ ...child, children: trimEnds(children) } as RootContent, ...after]
    }
    if ('children' in child && !leaves.has(child.type))
      stripIn(child as Parent, pattern, blocksFor, wordsOf)
    return [child]
  })
}

/**
 * Take every match of `pattern` (global) out of the prose of `tree` (in place); `blocksFor` gives blocks
 * to put after the paragraph or heading a match came from, `wordsOf` the words a match leaves in its place.
 */
export function stripMarkup(tree: Root, pattern: RegExp, blocksFor?: BlocksFor, wordsOf?: WordsOf): void {
  if (!pattern.global)
    throw new Error(`Cannot strip markup with ${String(pattern)}, expected a global pattern`)
  stripIn(tree, pattern, blocksFor, wordsOf)
}
