// Deck settings (`content/<article>.deck.yaml`): validated against a schema, and every
// problem is a fatal message at the offending key's line and column.

import type { VFile } from 'vfile'
import type { Document, Node as YamlNode } from 'yaml'
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { fatalMessage } from '../shared/fatal.ts'

const layouts = ['default', 'center', 'statement', 'fact', 'intro', 'section', 'quote', 'full', 'none', 'cover', 'end'] as const

// Built on first use: most articles have no settings file, and the CLI's bundle then never sets zod up.
function schemas() {
  const sectionSchema = z.strictObject({
    /** Leave this section (or chapter) out of the talk. */
    skip: z.boolean().optional(),
    /** Slidev layout for the section's content slides. */
    layout: z.enum(layouts).optional(),
    /** `false` turns the section's charts off. */
    chart: z.literal(false).optional(),
  })
  return z.strictObject({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    author: z.string().optional(),
    date: z.union([z.string(), z.date().transform(date => date.toISOString().slice(0, 10))]).optional(),
    theme: z.string().regex(/^[\w@/.-]+$/, 'a theme name such as default or seriph').optional(),
    lang: z.enum(['zh', 'en', 'ja']).optional(),
    /** Length of the time slot in minutes: the talk is planned to fit it (`--minutes` overrides). */
    minutes: z.number().positive().max(600).optional(),
    colorSchema: z.enum(['light', 'dark']).optional(),
    /** Draw mermaid and plantuml fences as diagrams (plantuml is drawn by a web server when shown); code otherwise. */
    diagrams: z.boolean().optional(),
    sections: z.record(z.string(), sectionSchema).default({}),
  })
}

let settingsSchema: ReturnType<typeof schemas> | undefined

/** Validated deck settings. */
export type DeckSettings = z.output<ReturnType<typeof schemas>>

/** Settings when the article has no settings file. */
export const noSettings: DeckSettings = { sections: {} }

function fail(file: VFile, reason: string, counter: LineCounter, offset: number): undefined {
  const at = counter.linePos(offset)
  fatalMessage(file, `Cannot use deck settings: ${reason}`, 'settings', { line: at.line, column: at.col })
  return undefined
}

function nodeAt(doc: Document, path: PropertyKey[]): YamlNode | undefined {
  const node = doc.getIn(path.map(String), true)
  return isNode(node) ? node : undefined
}

function keyAt(doc: Document, path: PropertyKey[], key: string): YamlNode | undefined {
  const map = path.length ? nodeAt(doc, path) : doc.contents
  const pair = isMap(map) ? map.items.find(item => isScalar(item.key) && String(item.key.value) === key) : undefined
  return isNode(pair?.key) ? pair.key : undefined
}

/** Parse and validate the settings file held by `file`; undefined (with a fatal message) when invalid. */
export function settings(file: VFile): DeckSettings | undefined {
  const counter = new LineCounter()
  const doc = parseDocument(String(file.value), { lineCounter: counter, prettyErrors: false })
  const error = doc.errors[0]
  if (error)
    return fail(file, error.message.split('\n')[0]!, counter, error.pos[0])
  let data: unknown
  try {
    data = doc.toJS() ?? {}
  }
  catch (thrown) {
    // Aliases are only resolved here: an unknown anchor or an alias bomb throws.
    return fail(file, (thrown as Error).message.split('\n')[0]!, counter, 0)
  }
  settingsSchema ??= schemas()
  const result = settingsSchema.safeParse(data)
  if (result.success)
    return result.data
  const issue = result.error.issues[0]!
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
  const node = unknownKey ? keyAt(doc, issue.path, unknownKey) : nodeAt(doc, issue.path)
  const where = [...issue.path, ...(unknownKey ? [unknownKey] : [])].join('.') || 'settings'
  const reason = unknownKey ? `unknown key \`${where}\`` : `\`${where}\`: ${issue.message}`
  return fail(file, reason, counter, node?.range?.[0] ?? 0)
}
