// Room shares measured in a browser by `talkdown check`, kept in `<article>.fit.json`
// so a plain build (no browser) plans the same slides. Each entry is keyed by the
// section's title and a hash of its text: once the text changes, the entry is ignored.
import type { Section } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { z } from 'zod'
import { digest } from '../shared/digest.ts'

const entrySchema = z.strictObject({
  /** Section title as the article writes it. */
  title: z.string(),
  /** First 16 hex digits of the SHA-256 of the section's text. */
  hash: z.string().regex(/^[\da-f]{16}$/),
  /** Share of the normal slide room, in (0, 1]. */
  room: z.number().gt(0).max(1),
})

const tableSchema = z.strictObject({ sections: z.array(entrySchema) })

/** One measured section. */
export type FitEntry = z.infer<typeof entrySchema>

/** The whole fit file. */
export type FitTable = z.infer<typeof tableSchema>

/** A table with nothing measured. */
export const emptyFit: FitTable = { sections: [] }

/** Lowest share the fit loop goes to: below it slides would hold a line or two. */
export const roomFloor = 0.4

/** Hash of a section's text, as stored in the fit table. */
export function sectionHash(section: Section): string {
  const text = section.blocks.map(block => toString(block)).join('\n')
  return digest(`${section.title}\n${text}`, 'hex', 16)
}

/** Parse a fit file's text; undefined when it is not a valid table. */
export function parseFit(text: string): FitTable | undefined {
  try {
    const parsed = tableSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  }
  catch {
    return undefined
  }
}

/** The fit file's text: stable order, one entry a line, so diffs stay small. */
export function stringifyFit(table: FitTable): string {
  const entries = [...table.sections].sort((a, b) => a.title.localeCompare(b.title) || a.hash.localeCompare(b.hash))
  return `{\n  "sections": [\n${entries.map(entry => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]\n}\n`
}

/** The planner's room hook for `table`; `seen` (if given) collects every planned section's title and hash. */
export function roomFromFit(table: FitTable, seen?: FitEntry[]): (section: Section) => number {
  return (section) => {
    const hash = sectionHash(section)
    const room = table.sections.find(entry => entry.title === section.title && entry.hash === hash)?.room ?? 1
    seen?.push({ title: section.title, hash, room })
    return room
  }
}

/** Next table: sections titled in `overflowing` get `factor` × their room (not below the floor); entries not `seen` are dropped as stale. */
export function lowerRoom(seen: FitEntry[], overflowing: Set<string>, factor = 0.8): FitTable {
  const sections = seen.map(entry => overflowing.has(entry.title) ? { ...entry, room: Math.max(roomFloor, Math.round(entry.room * factor * 100) / 100) } : entry)
  return { sections: sections.filter((entry, index) => entry.room < 1 && sections.findIndex(other => other.title === entry.title && other.hash === entry.hash) === index) }
}
