// Where the article may be cut for a piece-wise parse: before lines that can start a new
// top-level block afresh (an ATX heading, or a line at column 0 after a blank line), and
// never inside front matter or a top-level fence. These are only candidates: the parse
// (parse-pieces.ts) checks each cut it uses. Cuts are picked by the line's own text once
// a piece is long enough, so an edit moves only the cuts next to it (the watch loop's cache).

/** One piece of the article: its text and where it starts. */
export interface Piece {
  /** The piece's text, from a line start to just before the next piece. */
  text: string
  /** 1-based line the piece starts on, counted as micromark counts (CRLF, CR, LF). */
  line: number
  /** Offset of the piece in the article. */
  offset: number
}

const atx = /^#{1,6}(?:[ \t\r\n]|$)/
const blank = /^[ \t]*\r?\n$/
const fenceLine = /^( {0,3})(`{3,}|~{3,})([^\r\n]*)/
// Not a fresh start: an indented line or a list item may continue a block before it; a
// BOM is dropped at a piece's start only; `---` opens front matter at a piece's start only.
const notFresh = /^(?:[ \t\r\n\uFEFF]|(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$))/
const matterFence = /^(?:-{3}|\+{3})[ \t]*(?:[\r\n]|$)/
const matter = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/
/** Piece sizes in UTF-16 units: micromark slows down on long documents, and each parse has a fixed cost. */
export interface PieceSizes {
  /** No cut before a piece is this long. */
  shortest: number
  /** From this length on, any candidate is cut; before, only those `picked`. An article no longer is not cut. */
  longest: number
}

const defaultSizes: PieceSizes = { shortest: 4096, longest: 16384 }

// Lines of front matter (micromark-extension-frontmatter's rule: the first line is the fence,
// the first later line that is the fence again closes it). Unclosed, it is no front matter,
// but micromark has then read every line as inside it and found no lists or quotes: no cuts.
function frontMatterLines(lines: string[]): number {
  const fence = matter.exec(lines[0] ?? '')?.[1]
  if (!fence)
    return 0
  const closing = new RegExp(`^\\${fence[0]}{3}[ \\t]*(?:\\r?\\n)?$`)
  const close = lines.findIndex((line, index) => index > 0 && closing.test(line))
  return close > 0 ? close + 1 : lines.length
}

// Fence state after `line`: the open fence's marker, or undefined. Only fences opened at
// column 0 are followed: an indented one is most often in a list item, which the next line
// at column 0 closes, fence and all (a wrong guess costs only a cut that the parse rejects).
function fenceAfter(line: string, open: string | undefined): string | undefined {
  const [, indent, run, rest] = fenceLine.exec(line) ?? []
  if (!run)
    return open
  if (open)
    return run[0] === open[0] && run.length >= open.length && !rest!.trim() ? undefined : open
  return indent || (run[0] === '`' && rest!.includes('`')) ? undefined : run
}

// FNV-1a: which candidates are cut depends on their text only.
function picked(line: string): boolean {
  let hash = 0x811C9DC5
  for (let index = 0; index < line.length; index++)
    hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193)
  return (hash >>> 0) % 8 === 0
}

function lineBreaks(line: string): number {
  return line.includes('\r') ? (line.match(/\r\n|\r|\n/g) ?? []).length : (line.endsWith('\n') ? 1 : 0)
}

/** The article cut into pieces at candidate lines; one piece when nothing may be cut. */
export function articlePieces(text: string, sizes = defaultSizes): Piece[] {
  // A short article is parsed in one go: cuts would only add the cost of more parses.
  if (text.length <= sizes.longest)
    return [{ text, line: 1, offset: 0 }]
  const lines = text.split(/(?<=\n)/)
  const cuts = [{ line: 1, offset: 0 }]
  const front = frontMatterLines(lines)
  let fence: string | undefined
  let line = 1
  let offset = 0
  let previousBlank = false
  lines.forEach((value, index) => {
    const size = offset - cuts.at(-1)!.offset
    const fresh = atx.test(value) || (previousBlank && !notFresh.test(value) && !matterFence.test(value))
    if (index >= front && !fence && fresh && size >= sizes.shortest && (size >= sizes.longest || picked(value)))
      cuts.push({ line, offset })
    if (index >= front)
      fence = fenceAfter(value, fence)
    previousBlank = blank.test(value)
    line += lineBreaks(value)
    offset += value.length
  })
  return cuts.map((cut, index) => ({ ...cut, text: text.slice(cut.offset, cuts[index + 1]?.offset) }))
}

/**
 * Where a fenced code block that starts at `offset` ends (just after its closing line, or the
 * text's end), by micromark's rule for a top-level fence; undefined when no fence starts there.
 */
export function fenceClose(text: string, offset: number): number | undefined {
  const [, , run] = fenceLine.exec(text.slice(offset, text.indexOf('\n', offset) + 1 || undefined)) ?? []
  if (!run)
    return undefined
  const closing = new RegExp(`^ {0,3}\\${run[0]}{${run.length},}[ \\t]*$`, 'gm')
  closing.lastIndex = text.indexOf('\n', offset) + 1 || text.length
  const match = closing.exec(text)
  return match ? match.index + match[0].length : text.length
}
