// Room shares measured in a browser by `talkdown check`, kept in `<article>.fit.json`
// so a plain build (no browser) plans the same slides. Each entry is keyed by the
// section's title and a hash of its text: once the text changes, the entry is ignored.
import type { Section } from '../../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { digest } from '../../shared/digest.ts'

/** One measured section. */
export interface FitEntry {
  /** Section title as the article writes it. */
  title: string
  /** First 16 hex digits of the SHA-256 of the section's text. */
  hash: string
  /** Share of the normal slide room, in (0, 1]. */
  room: number
}

/** The whole fit file. */
export interface FitTable {
  /** The measured sections. */
  sections: FitEntry[]
}

/** A table with nothing measured. */
export const emptyFit: FitTable = { sections: [] }

/** Lowest share the fit loop goes to: below it slides would hold a line or two. */
export const roomFloor = 0.4

/** Hash of a section's text, as stored in the fit table. */
export function sectionHash(section: Section): string {
  const text = section.blocks.map(block => toString(block)).join('\n')
  return digest(`${section.title}\n${text}`, 'hex', 16)
}

// Checked by hand, not with zod: every build of an article that was checked reads its fit
// file, and the CLI then paid for setting zod up at start-up (settings files still use zod).
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const hasKeys = (value: Record<string, unknown>, keys: string[]): boolean => Object.keys(value).length === keys.length && keys.every(key => Object.hasOwn(value, key))

function isEntry(value: unknown): value is FitEntry {
  return isObject(value) && hasKeys(value, ['title', 'hash', 'room'])
    && typeof value.title === 'string'
    && typeof value.hash === 'string' && /^[\da-f]{16}$/.test(value.hash)
    && typeof value.room === 'number' && value.room > 0 && value.room <= 1
}

/** Parse a fit file's text; undefined when it is not a valid table (exactly these keys, each of its type). */
export function parseFit(text: string): FitTable | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return isObject(parsed) && hasKeys(parsed, ['sections']) && Array.isArray(parsed.sections) && parsed.sections.every(isEntry) ? parsed as unknown as FitTable : undefined
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
  const titles = new Set(table.sections.map(entry => entry.title))
  return (section) => {
    // Hashing is a pass over the section's text: only for sections the table names, or to collect.
    if (!seen && !titles.has(section.title))
      return 1
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
