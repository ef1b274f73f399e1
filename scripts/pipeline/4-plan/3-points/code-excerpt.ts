// Which lines of a long code block the slide shows: a speaker points at the line that does
// what the section is about (`useOptimistic(…)`), not at the imports above it. The notes
// keep the whole block, so the excerpt can be short.
import type { RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { visibleCharacters } from '../../text/measure.ts'
import { isWide } from '../../text/width.ts'

/** How much code an excerpt may show. */
export interface ExcerptRoom {
  /** Rows of the slide's code column (a long line wraps onto more). */
  rows: number
  /** Monospace columns a row holds (wide characters take two). */
  columns: number
  /** Visible characters (whitespace left out) of all its lines. */
  characters: number
}

const identifier = /[A-Z_$][\w$]*/gi

/** Identifiers (three letters or more) the prose of `nodes` names as inline code: the terms an excerpt looks for. */
export function codeTerms(nodes: RootContent[]): Set<string> {
  const terms = new Set<string>()
  for (const node of nodes) {
    if (node.type === 'code')
      continue
    visit(node, 'inlineCode', (code) => {
      for (const name of code.value.match(identifier) ?? []) {
        if (name.length >= 3)
          terms.add(name)
      }
    })
  }
  return terms
}

// Rows `line` takes in a code column `columns` wide.
function codeRows(line: string, columns: number): number {
  const width = [...line].reduce((sum, char) => sum + (isWide(char.codePointAt(0)!) ? 2 : 1), 0)
  return Math.max(1, Math.ceil(width / columns))
}

// How many of the terms a line names.
function hits(line: string, terms: Set<string>): number {
  return new Set((line.match(identifier) ?? []).filter(name => terms.has(name))).size
}

// A line that goes on with the statement above it: a method chain's `.filter(…)`, a closing bracket, an operator.
const continuation = /^\s*(?:[.)\]}?]|&&|\|\||:(?!:)|\+(?!\+)|=>)/u

// The line where the statement holding `index` starts: an excerpt from mid-chain (".filter(ad -> …).via(…)") means nothing.
function statementStart(lines: string[], index: number): number {
  let at = index
  while (at > 0 && continuation.test(lines[at]!) && lines[at - 1]!.trim())
    at--
  return at
}

// Where an excerpt may start, best first: the statements holding the lines that name the most terms (earlier first),
// then the first line with text.
function starts(lines: string[], terms: Set<string>): number[] {
  const named = lines.map((line, index) => ({ index, count: hits(line, terms) })).filter(line => line.count > 0)
  named.sort((a, b) => b.count - a.count || a.index - b.index)
  const first = lines.findIndex(line => line.trim())
  return [...new Set([...named.map(line => statementStart(lines, line.index)), Math.max(0, first)])]
}

/** Whether the code `lines` only bring names in (`import …`, `from d2l import torch as d2l`, `#include`, `use …;`): on a slide they show no code that does anything. */
const importLine = /^\s*(?:import\b|from\s+\S+\s+import\b|#include\b|using\s+[\w.]+;|use\s[\w:{}, ]+;|(?:const|let|var)\s[\w{}, ]+=\s*require\()/u
export function importsOnly(lines: string[]): boolean {
  const code = lines.filter(isCode)
  return code.length > 0 && code.every(line => importLine.test(line))
}

// A line that is code, not only a comment ("// ref created" says what the code around it does, not the code).
function isCode(line: string): boolean {
  return Boolean(line.trim()) && !/^\s*(?:\/\/|#(?![![{])|\/\*|\*|--\s|<!--)/u.test(line)
}

// Whether `lines` close every bracket they open: an excerpt that stops inside a call ("= useActionState(")
// reads cut. Strings and comments are not told apart: code excerpts are short, and a miscount only
// passes over a start.
function closed(lines: string[]): boolean {
  let depth = 0
  for (const char of lines.join('\n')) {
    depth += '([{'.includes(char) ? 1 : ')]}'.includes(char) ? -1 : 0
    if (depth < 0)
      return false
  }
  return depth === 0
}

function indent(line: string): number {
  return /^[\t ]*/.exec(line)![0].length
}

// The common indentation of `lines` taken off, so an excerpt from inside a block starts at the margin.
function dedent(lines: string[]): string[] {
  const indents = lines.filter(line => line.trim()).map(indent)
  const common = indents.length ? Math.min(...indents) : 0
  return lines.map(line => line.slice(common))
}

// Twoslash's directives (`// @noErrors`, `// @errors: 2304`, `// @filename: a.ts`, `// ---cut---`) tell a
// docs site how to check and trim its example: they are markup, not code a speaker shows.
const twoslashDirective = /^\s*\/\/\s*(?:@(?!ts-)[a-z][\w-]*(?::.*)?|-{3}cut(?:-[a-z]+)?-{3})$/iu

/** The whole lines of `code` the slide shows: from its most telling line on (one whose excerpt closes its brackets and is more than a comment, if any is), while they fit `room` (the first always shows) and up to a blank line. */
export function codeExcerpt(code: string, terms: Set<string>, room: ExcerptRoom): { lines: string[], rows: number, cut: boolean } {
  const lines = code.split('\n').filter(line => !twoslashDirective.test(line.trimEnd()))
  // From the most telling line whose excerpt closes its brackets, else from the most telling line. (Not in a
  // wider room: a longer excerpt crowded the sentence it illustrates off a chart's side column.)
  const excerpts = starts(lines, terms).map(first => excerptFrom(lines, first, room))
  const excerpt = excerpts.find(one => closed(one.lines) && one.lines.some(isCode) && !importsOnly(one.lines))
    ?? excerpts.find(one => closed(one.lines) && one.lines.some(isCode)) ?? excerpts[0]!
  return { lines: dedent(excerpt.lines), rows: excerpt.rows, cut: excerpt.lines.length < lines.length }
}

// The lines from `first` on while they fit `room` (the first always shows), up to a blank line or a line left of the first.
function excerptFrom(lines: string[], first: number, room: ExcerptRoom): { lines: string[], rows: number } {
  const kept: string[] = []
  let rows = 0
  let characters = 0
  for (const line of lines.slice(first)) {
    const more = codeRows(line, room.columns)
    const shown = visibleCharacters(line)
    // A blank line ends a paragraph of code; a line left of the first leaves its block.
    if (kept.length && (!line.trim() || indent(line) < indent(kept[0]!) || rows + more > room.rows || characters + shown > room.characters))
      break
    kept.push(line)
    rows += more
    characters += shown
  }
  return { lines: kept, rows }
}
