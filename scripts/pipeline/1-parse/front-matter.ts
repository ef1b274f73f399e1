// Reads the article's YAML front matter (`---`), or TOML (`+++`, Zola and Hugo, with smol-toml); a
// broken block is a fatal message with its position.

import type { Literal, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { FrontMatter } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { parse as parseToml, TomlError } from 'smol-toml'
import { LineCounter, parseDocument } from 'yaml'
import { fatalMessage } from '../shared/fatal.ts'
import { memo } from '../shared/memo.ts'

const keys: Record<keyof FrontMatter, string[]> = {
  title: ['title'],
  subtitle: ['subtitle', 'description', 'summary'],
  // `by`: the Go blog's byline.
  author: ['author', 'authors', 'by'],
  date: ['date', 'lastmod'],
}

// What a front-matter block says, or where it breaks (line and column within the block).
type Reading = { front: FrontMatter } | { reason: string, at: { line: number, col: number } }

// By the block's text: the watch loop reads the same front matter on every save.
const reading = memo((yaml: string): Reading => {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false })
  const error = doc.errors[0]
  if (error)
    return { reason: error.message, at: lineCounter.linePos(error.pos[0]) }
  try {
    return { front: pick(doc.toJS() as unknown) }
  }
  catch (thrown) {
    // Aliases are only resolved here: an unknown anchor or an alias bomb throws.
    return { reason: (thrown as Error).message, at: lineCounter.linePos(0) }
  }
}, 16)

const tomlReading = memo((toml: string): Reading => {
  try {
    return { front: pick(parseToml(toml)) }
  }
  catch (thrown) {
    const error = thrown as Error
    return { reason: error.message, at: thrown instanceof TomlError ? { line: thrown.line, col: thrown.column } : { line: 1, col: 1 } }
  }
}, 16)

// Franklin.jl's page variables: `@def title = "…"`, a value in quotes or triple quotes, else as written.
const franklinLine = /^@def\s+(\w+)\s*=\s*(?:"""([\s\S]*?)"""|"((?:[^"\\]|\\.)*)"|(\S.*))$/gmu

function franklinDefinitions(node: RootContent | undefined): FrontMatter {
  if (node?.type !== 'paragraph')
    return {}
  const data: Record<string, string> = {}
  for (const [, key, triple, quoted, raw] of toString(node).matchAll(franklinLine))
    data[key!] = (triple ?? quoted ?? raw ?? '').trim()
  // "By Mike Innes (JuliaHub), …": the byline's "By" is no part of a name.
  const authors = data.authors?.replace(/^by\s+/iu, '')
  return pick({ title: data.title, author: authors, date: data.published ?? data.date })
}

// A site's metadata written as the article's first lines, without front-matter fences: OI-wiki opens each page with
// "author: GoodCoder666, Ir1d, …". Only the keys a cover reads count, and every line of the paragraph must be one.
const metadataLine = /^(title|author|authors|date):[ \t]*(\S.*)$/iu

/** Whether `node`, an article's first block, is metadata lines (`author: …`) rather than its text. */
export function isMetadataLines(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.children.every(child => child.type === 'text') && toString(node).split('\n').every(line => metadataLine.test(line.trim()))
}

function metadataLines(node: RootContent | undefined): FrontMatter {
  if (!isMetadataLines(node))
    return {}
  const data = Object.fromEntries(toString(node!).split('\n').map(line => metadataLine.exec(line.trim())!).map(([, key, value]) => [key!.toLowerCase(), value!.trim()]))
  return pick({ ...data, author: data.author ?? data.authors })
}

/** Read title, subtitle, author and date from the first front-matter node of `tree` (or a Franklin page's `@def` lines, or bare metadata lines). */
export function frontMatter(tree: Root, file: VFile): FrontMatter {
  // remark-frontmatter's `toml` node is not in mdast's content types: read it as the literal it is.
  const node = tree.children[0] as Literal | undefined
  if (!node || (node.type !== 'yaml' && node.type !== 'toml') || !node.position) {
    const franklin = franklinDefinitions(tree.children[0])
    return Object.keys(franklin).length ? franklin : metadataLines(tree.children[0])
  }
  const read = node.type === 'yaml' ? reading(node.value) : tomlReading(node.value)
  if ('front' in read)
    return { ...read.front }
  // The YAML body starts on the line after the opening `---`.
  fatalMessage(file, `Cannot read front matter: ${read.reason.split('\n')[0]}`, 'front-matter', { line: node.position.start.line + read.at.line, column: read.at.col })
  return {}
}

function pick(data: unknown): FrontMatter {
  if (!data || typeof data !== 'object')
    return {}
  const record = data as Record<string, unknown>
  const result: FrontMatter = {}
  for (const [field, names] of Object.entries(keys) as [keyof FrontMatter, string[]][]) {
    const value = names.map(name => text(record[name])).find(Boolean)
    if (value)
      result[field] = value
  }
  return result
}

// A Markdown link in a value is its words: Hugo sites write authors as links ("[Severin
// Neumann](https://github.com/svrnm) (Cisco)"), and the cover shows names, not addresses.
const markdownLink = /\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"]*")?\)/gu

function text(value: unknown): string | undefined {
  if (Array.isArray(value))
    return value.map(text).filter(Boolean).join(', ') || undefined
  if (value instanceof Date)
    return value.toISOString().slice(0, 10)
  if (typeof value === 'string' || typeof value === 'number')
    return String(value).replace(markdownLink, '$1').replace(/\s+/gu, ' ').trim() || undefined
  return undefined
}
