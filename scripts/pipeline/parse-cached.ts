// Parsing for the watch loop: an edit changes one section, so the article is cut before
// its top-level ATX headings, each piece parsed once and kept by its text, and the
// pieces' trees joined with their positions moved to where the piece sits. Cuts are only
// made where they cannot change the tree; otherwise the whole text is parsed as `parse()` does.
import type { Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import { VFile } from 'vfile'
import { parse } from './parse.ts'

/** One piece of the article: its text and where it starts. */
interface Piece {
  /** The piece's text, from a line start to just before the next piece. */
  text: string
  /** 1-based line the piece starts on. */
  line: number
  /** Offset of the piece in the article. */
  offset: number
}

// Document-wide constructs: link or footnote definitions (resolved across the whole
// text), HTML blocks (which can swallow a following `#` line) and lone CR line endings
// (lines we would count differently); never cut around them.
const uncuttable = /\]:|^ {0,3}<|\r(?!\n)/m
const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n/
const heading = /^#{1,6}(?:[ \t]|\r?\n|$)/
// A fence, after any indentation or container markers (list items, block quotes).
const fenceLine = /^([ \t>*+\-.)\d]*)(`{3,}|~{3,})(.*)/

// A fence opening at column 0 is at top level: `#` lines inside it are code. One inside a
// list item or quote ends differently when a cut ends its piece; we cannot tell, so no cuts.
function opens(line: string): string | undefined | false {
  const [, indent, marker, info] = fenceLine.exec(line) ?? []
  if (!marker || (marker[0] === '`' && info!.includes('`')))
    return undefined
  return indent ? false : marker
}

function closes(line: string, marker: string): boolean {
  const [, indent, run, rest] = fenceLine.exec(line) ?? []
  return Boolean(run && /^ {0,3}$/.test(indent!) && run[0] === marker[0] && run.length >= marker.length && !rest!.trim())
}

function cuts(text: string): Piece[] | undefined {
  if (uncuttable.test(text))
    return undefined
  // Front matter may hold `# comments`: it is an open block until its closing line.
  let open = frontMatter.exec(text)?.[0].slice(0, 3)
  const front = open
  const pieces: Piece[] = []
  let offset = 0
  for (const [index, line] of text.split(/(?<=\n)/).entries()) {
    if (open === front && open && index > 0 && line.trimEnd() === front)
      open = undefined
    else if (open && open !== front && closes(line, open))
      open = undefined
    else if (!open && opens(line) === false)
      return undefined
    else if (!open)
      open = opens(line) || undefined
    if (index === 0 || (!open && heading.test(line)))
      pieces.push({ text: '', line: index + 1, offset })
    pieces.at(-1)!.text += line
    offset += line.length
  }
  return open ? undefined : pieces
}

function moved(point: Point, piece: Piece): Point {
  return { line: point.line + piece.line - 1, column: point.column, offset: (point.offset ?? 0) + piece.offset }
}

interface Positioned { position?: Position, children?: Positioned[] }

function move(node: Positioned, piece: Piece): void {
  if (node.position)
    node.position = { start: moved(node.position.start, piece), end: moved(node.position.end, piece) }
  for (const child of node.children ?? [])
    move(child, piece)
}

function end(text: string): Point {
  const lines = text.split('\n')
  return { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length }
}

/** A parse function that remembers each piece's tree; same tree as `parse()`, cheaper when few pieces changed. */
export function parseCached(): (file: VFile) => Root {
  let kept = new Map<string, Root>()
  return (file) => {
    const text = String(file.value)
    const pieces = cuts(text)
    if (!pieces || pieces.length < 2)
      return parse(file)
    const next = new Map<string, Root>()
    const children: RootContent[] = []
    for (const piece of pieces) {
      const tree = next.get(piece.text) ?? kept.get(piece.text) ?? parse(new VFile({ value: piece.text, path: file.path }))
      next.set(piece.text, tree)
      // The pipeline edits trees in place, so each use gets its own copy.
      const copy = structuredClone(tree)
      move(copy, piece)
      children.push(...copy.children)
    }
    kept = next
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: end(text) } }
  }
}
