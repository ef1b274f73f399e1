// A parse of the whole article, piece by piece: micromark takes time that grows faster than
// the text on long documents (micromark/micromark#169), and pieces of a few KB keep it linear.
// A cut before line L is used only when L, parsed after the text before it, starts a new
// top-level block at its first column: block structure is decided line by line, so
// everything before L is closed at L, and after it the parser is where a new document starts.
// Definitions resolve across pieces through `label-watch.ts`. Same tree as one parse, positions included.
import type { Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import type { Piece, PieceSizes } from './article-pieces.ts'
import type { Asked, Labels } from './label-watch.ts'
import { articlePieces, fenceClose } from './article-pieces.ts'
import { answered, guessLabels, treeLabels } from './label-watch.ts'

/** A parsed region, with the labels micromark asked about. */
export interface ParsedRegion { tree: Root, asked: Asked }

/**
 * Parses a region's text with `known` labels defined besides its own; a fresh tree each call.
 * `known` is undefined when the article defines no labels: then nothing needs watching.
 */
export type RegionParser = (text: string, known: Labels | undefined) => ParsedRegion

interface Region { piece: Piece, text: string, probeLine?: number, parsed: ParsedRegion }

// Drop the probe line's block; false when that line did not start a new top-level block.
function dropProbe(tree: Root, line: number | undefined): boolean {
  if (line === undefined)
    return true
  const start = tree.children.at(-1)?.position?.start
  return start?.line === line && start.column === 1 && Boolean(tree.children.pop())
}

// Pieces [start, end) parsed as one region, with the next piece's first line as the probe;
// when the probe does not start a new block, the offset where the block it is in starts.
function region(pieces: Piece[], start: number, end: number, parse: RegionParser, known: Labels | undefined): Region | number {
  const first = pieces[start]!
  const next = pieces[end]
  const body = pieces.slice(start, end).map(piece => piece.text).join('')
  const text = next ? body + /^[^\n]*\n?/.exec(next.text)![0] : body
  const probeLine = next ? next.line - first.line + 1 : undefined
  const parsed = parse(text, known)
  if (dropProbe(parsed.tree, probeLine))
    return { piece: { text: body, line: first.line, offset: first.offset }, text, probeLine, parsed }
  return first.offset + (parsed.tree.children.at(-1)?.position?.start.offset ?? 0)
}

// Regions whose cuts hold. A cut that does not hold joins the pieces around it: up to the
// end of the fenced code the probe fell in, else doubling the span, so a long stretch
// without safe cuts costs about two parses of it. (A fenced block's end is found in the
// text: parsing a long block together with what follows it is what micromark is slow at.)
function regions(text: string, pieces: Piece[], parse: RegionParser, known: Labels | undefined): Region[] {
  const found: Region[] = []
  for (let start = 0, span = 1; start < pieces.length;) {
    const next = region(pieces, start, Math.min(start + span, pieces.length), parse, known)
    if (typeof next === 'number') {
      const close = fenceClose(text, next)
      const after = close === undefined ? -1 : pieces.findIndex(piece => piece.offset >= close)
      const end = close === undefined ? -1 : after < 0 ? pieces.length : after
      span = end > start + span ? end - start : span * 2
      continue
    }
    found.push(next)
    start += span
    span = 1
  }
  return found
}

function shift(point: Point, lines: number, offset: number): void {
  point.line += lines
  point.offset = (point.offset ?? 0) + offset
}

interface Positioned { position?: Position, children?: Positioned[] }

// In place: a region's tree is its own (a fresh parse, or the parse cache's copy), and
// every node's points are its own objects, so nothing is moved twice.
function move(node: Positioned, lines: number, offset: number): void {
  if (node.position) {
    shift(node.position.start, lines, offset)
    shift(node.position.end, lines, offset)
  }
  for (const child of node.children ?? [])
    move(child, lines, offset)
}

// The article's definitions, from the regions that have any.
function definedLabels(found: Region[]): Labels {
  const labels = { links: new Set<string>(), notes: new Set<string>() }
  for (const { piece, parsed } of found) {
    if (piece.text.includes(']:'))
      treeLabels(parsed.tree, labels)
  }
  return labels
}

/** Parse `text` piece by piece with `parse`; `sizes` for tests (see `articlePieces`). */
export function parsePieces(text: string, parse: RegionParser, sizes?: PieceSizes): Root {
  // A definition has `]:` in its text: without one there are no labels to resolve across pieces.
  const labelled = text.includes(']:')
  const found = regions(text, articlePieces(text, sizes), parse, labelled ? guessLabels(text) : undefined)
  const defined = labelled ? definedLabels(found) : undefined
  // micromark skips a leading BOM: offsets after it are one less than in the string.
  const bom = text.charCodeAt(0) === 0xFEFF ? 1 : 0
  const children: RootContent[] = []
  for (const [index, item] of found.entries()) {
    // Parsed with guessed labels and micromark asked about one guessed wrong: parse again.
    if (defined && !answered(item.parsed.asked, defined)) {
      item.parsed = parse(item.text, defined)
      if (!dropProbe(item.parsed.tree, item.probeLine))
        throw new Error('Cannot join the parsed pieces, expected the block structure not to depend on definitions')
    }
    if (index > 0)
      move(item.parsed.tree, item.piece.line - 1, item.piece.offset - bom)
    // One at a time: a region that could not be cut may hold more blocks than a call takes arguments.
    for (const child of item.parsed.tree.children)
      children.push(child)
  }
  const position = { start: found[0]!.parsed.tree.position!.start, end: found.at(-1)!.parsed.tree.position!.end }
  return { type: 'root', children, position }
}
