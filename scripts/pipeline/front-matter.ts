// Reads the article's YAML front matter; a broken block is a fatal message with its position.
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { FrontMatter } from './model.ts'
import { LineCounter, parseDocument } from 'yaml'

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
  const error = doc.errors[0]
  if (error) {
    // The YAML body starts on the line after the opening `---`.
    const at = lineCounter.linePos(error.pos[0])
    const message = file.message(`Cannot read front matter: ${error.message.split('\n')[0]}`, {
      place: { line: node.position.start.line + at.line, column: at.col },
      ruleId: 'front-matter',
      source: 'talkdown',
    })
    message.fatal = true
    return {}
  }
  return pick(doc.toJS() as unknown)
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
