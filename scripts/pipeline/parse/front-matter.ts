// Reads the article's YAML front matter; a broken block is a fatal message with its position.

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { FrontMatter } from '../model/deck.ts'
import { LineCounter, parseDocument } from 'yaml'
import { fatalMessage } from '../shared/fatal.ts'

const keys: Record<keyof FrontMatter, string[]> = {
  title: ['title'],
  subtitle: ['subtitle', 'description', 'summary'],
  author: ['author', 'authors'],
  date: ['date', 'lastmod'],
}

/** Read title, subtitle, author and date from the first front-matter node of `tree`. */
export function frontMatter(tree: Root, file: VFile): FrontMatter {
  const node = tree.children[0]
  if (!node || node.type !== 'yaml' || !node.position)
    return {}
  const lineCounter = new LineCounter()
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false })
  // The YAML body starts on the line after the opening `---`.
  const place = (offset: number): { line: number, column: number } => {
    const at = lineCounter.linePos(offset)
    return { line: node.position!.start.line + at.line, column: at.col }
  }
  const error = doc.errors[0]
  if (error)
    return fail(file, error.message, place(error.pos[0]))
  try {
    return pick(doc.toJS() as unknown)
  }
  catch (thrown) {
    // Aliases are only resolved here: an unknown anchor or an alias bomb throws.
    return fail(file, (thrown as Error).message, place(0))
  }
}

function fail(file: VFile, reason: string, place: { line: number, column: number }): FrontMatter {
  fatalMessage(file, `Cannot read front matter: ${reason.split('\n')[0]}`, 'front-matter', place)
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

function text(value: unknown): string | undefined {
  if (Array.isArray(value))
    return value.map(text).filter(Boolean).join(', ') || undefined
  if (value instanceof Date)
    return value.toISOString().slice(0, 10)
  if (typeof value === 'string' || typeof value === 'number')
    return String(value).trim() || undefined
  return undefined
}
