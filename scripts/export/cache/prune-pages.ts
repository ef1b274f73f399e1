// Keep the page cache within its size: whole PDFs are kept or dropped, the most recently
// used first (a PDF counts as used when any of its pages was), and entries whose PDF is
// gone or dropped go with them. The newest PDF always stays, whatever its size.
import type { CacheIndex } from './page-cache.ts'

/** The pruned index and the PDF files (names without `.pdf`) to delete. */
export interface Pruned {
  index: CacheIndex
  drop: string[]
}

/** Prune `index` to PDFs of at most `maxBytes` together; `sizes` gives each file's size (-1: missing). */
export function prunePages(index: CacheIndex, sizes: ReadonlyMap<string, number>, maxBytes: number): Pruned {
  const lastUse = new Map<string, number>()
  for (const entry of Object.values(index.entries))
    lastUse.set(entry.file, Math.max(lastUse.get(entry.file) ?? 0, entry.used))
  const files = [...lastUse.keys()].filter(file => (sizes.get(file) ?? -1) >= 0).sort((a, b) => lastUse.get(b)! - lastUse.get(a)! || a.localeCompare(b))
  const keep = new Set<string>()
  let total = 0
  for (const file of files) {
    total += sizes.get(file)!
    if (keep.size && total > maxBytes)
      break
    keep.add(file)
  }
  const entries = Object.fromEntries(Object.entries(index.entries).filter(([, entry]) => keep.has(entry.file)))
  return { index: { version: 1, entries }, drop: [...lastUse.keys()].filter(file => !keep.has(file)) }
}
