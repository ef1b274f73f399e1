// Link and footnote definitions count document-wide: `[a]` in one piece is a link when
// another piece defines `[a]: /url`. micromark asks `parser.defined` (and
// `parser.gfmFootnotes`) whether a label is defined, only while it parses inline text,
// after every definition of the piece is known. This plugin answers those questions with
// the labels of the whole article as well, and records each question and its answer: a
// piece whose answers all match the article's definitions parsed exactly as in the whole.
import type { Definition, FootnoteDefinition, Nodes } from 'mdast'
import type { Construct, ParseContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/** Defined labels as micromark normalizes them (whitespace collapsed, upper case). */
export interface Labels { links: ReadonlySet<string>, notes: ReadonlySet<string> }

/** Labels micromark asked about while parsing, with the answer it got. */
export interface Asked { links: Map<string, boolean>, notes: Map<string, boolean> }

let watching: { known: Labels, asked: Asked, parser?: ParseContext } | undefined

function watch(list: string[], known: ReadonlySet<string>, asked: Map<string, boolean>): void {
  // Own definitions are all in `list` by now: text is parsed after the blocks.
  list.includes = (label: string) => {
    const yes = known.has(label) || Array.prototype.includes.call(list, label)
    asked.set(label, yes)
    return yes
  }
}

// Tried first at every `[` and `]` of inline text; never matches, only installs the watch.
const hook: Construct = {
  partial: true,
  tokenize(_, __, nok) {
    if (watching && watching.parser !== this.parser) {
      watching.parser = this.parser
      watch(this.parser.defined, watching.known.links, watching.asked.links)
      watch(this.parser.gfmFootnotes ??= [], watching.known.notes, watching.asked.notes)
    }
    return nok
  },
}

/** Unified plugin, used after remark-gfm: parses through it answer with `withLabels`' labels. */
export function remarkLabelWatch(this: Processor): void {
  const data = this.data()
  // Last in the list, so micromark tries the hook before the other constructs at `[` and `]`.
  ;(data.micromarkExtensions ??= []).push({ text: { 91: hook, 93: hook } })
}

/** Run `parse` (through a processor with `remarkLabelWatch`) with `known` labels defined too. */
export function withLabels<T>(known: Labels, parse: () => T): { result: T, asked: Asked } {
  const asked: Asked = { links: new Map(), notes: new Map() }
  watching = { known, asked }
  try {
    return { result: parse(), asked }
  }
  finally {
    watching = undefined
  }
}

/** No labels. */
export const noLabels: Labels = { links: new Set(), notes: new Set() }

// micromark's normalizeIdentifier; mdast's identifier is the same lower-cased.
const normal = (label: string): string => label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase()

/** Labels that lines of `text` look like they define; a guess, checked against `treeLabels` later. */
export function guessLabels(text: string): Labels {
  const links = new Set<string>()
  const notes = new Set<string>()
  for (const [, label] of text.matchAll(/^[ \t>]*\[((?:[^\\[\]\n]|\\.){1,999})\]:/gm))
    (label!.startsWith('^') ? notes : links).add(normal(label!.replace(/^\^/, '')))
  return { links, notes }
}

/** Labels the definitions in `tree` define (add to `into`). */
export function treeLabels(tree: Nodes, into: { links: Set<string>, notes: Set<string> }): void {
  if (tree.type === 'definition' || tree.type === 'footnoteDefinition')
    (tree.type === 'definition' ? into.links : into.notes).add((tree as Definition | FootnoteDefinition).identifier.toUpperCase())
  if ('children' in tree) {
    for (const child of tree.children)
      treeLabels(child, into)
  }
}

/** Whether every answer in `asked` is what `labels` (together) say. */
export function answered(asked: Asked, ...labels: Labels[]): boolean {
  const agree = (questions: Map<string, boolean>, sets: ReadonlySet<string>[]): boolean => [...questions].every(([label, yes]) => yes === sets.some(set => set.has(label)))
  return agree(asked.links, labels.map(set => set.links)) && agree(asked.notes, labels.map(set => set.notes))
}
