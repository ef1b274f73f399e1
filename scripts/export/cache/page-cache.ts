// The persistent page cache of `talkdown export`: every printed page kept on disk, in the
// PDF it was printed in, under a key of its slide's text, the headmatter and the project
// stamp (cache-stamp.ts). A plain export prints only the pages it does not find here.
// Layout: `<dir>/index.json` (key → file, page, last use) and `<dir>/<file>.pdf` (the PDFs
// as printed, named by their content). Writes are atomic; two exports at once may lose
// each other's index entries, never corrupt them (a lost entry is printed again).
import type { PageShelf } from '../merge-pdf.ts'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomic } from '../../io/write-atomic.ts'
import { digest } from '../../pipeline/index.ts'
import { prunePages } from './prune-pages.ts'

/** Where one cached page is. */
export interface CachedPage {
  /** PDF file name in the cache folder, without `.pdf`. */
  file: string
  /** Page in that file, 0-based. */
  page: number
  /** Last export that used it (ms since the epoch), for pruning. */
  used: number
}

/** The cache index. */
export interface CacheIndex {
  version: 1
  entries: Record<string, CachedPage>
}

/** The pages of `keys` found in the cache: `keys[i]` is page `i` of `shelf`. */
export interface CacheHit {
  keys: string[]
  shelf: PageShelf
}

const empty = (): CacheIndex => ({ version: 1, entries: {} })

/** The cache keys of a deck's page keys under `stamp`; `positional` (a global layer shows the slide number) ties each to its place and the count. */
export function cacheKeys(pageKeys: readonly string[], stamp: string, positional: boolean): string[] {
  return pageKeys.map((key, index) => digest(JSON.stringify(positional ? [stamp, key, index, pageKeys.length] : [stamp, key]), 'base64url', 22))
}

/** The index in `dir`; empty when there is none or it cannot be read. */
export async function readIndex(dir: string): Promise<CacheIndex> {
  const text = await readFile(join(dir, 'index.json'), 'utf8').catch(() => undefined)
  try {
    const index = text ? JSON.parse(text) as CacheIndex : empty()
    return index.version === 1 && typeof index.entries === 'object' ? index : empty()
  }
  catch {
    return empty()
  }
}

/** The cached pages of `keys` in `dir` (files that went missing are misses). */
export async function findPages(dir: string, index: CacheIndex, keys: readonly string[]): Promise<CacheHit> {
  const hit: CacheHit = { keys: [], shelf: { files: [], pages: [] } }
  const files = new Map<string, number>()
  for (const key of new Set(keys)) {
    const entry = index.entries[key]
    if (!entry)
      continue
    if (!files.has(entry.file)) {
      const bytes = await readFile(join(dir, `${entry.file}.pdf`)).catch(() => undefined)
      files.set(entry.file, bytes ? hit.shelf.files.push(bytes) - 1 : -1)
    }
    const file = files.get(entry.file)!
    if (file < 0)
      continue
    hit.keys.push(key)
    hit.shelf.pages.push({ file, page: entry.page })
  }
  return hit
}

/** Keep `printed` (the PDF of the pages of `printedKeys`, in order) and mark `usedKeys` as used now; then prune to `maxBytes`. */
export async function storePages(dir: string, index: CacheIndex, printed: Uint8Array | undefined, printedKeys: readonly string[], usedKeys: readonly string[], maxBytes: number): Promise<void> {
  await mkdir(dir, { recursive: true })
  const now = Date.now()
  for (const key of usedKeys) {
    if (index.entries[key])
      index.entries[key].used = now
  }
  if (printed && printedKeys.length) {
    const file = digest(printed, 'base64url', 22)
    await writeAtomic(join(dir, `${file}.pdf`), printed)
    printedKeys.forEach((key, page) => (index.entries[key] = { file, page, used: now }))
  }
  const sizes = new Map<string, number>()
  for (const file of new Set(Object.values(index.entries).map(entry => entry.file)))
    sizes.set(file, (await stat(join(dir, `${file}.pdf`)).catch(() => undefined))?.size ?? -1)
  const kept = prunePages(index, sizes, maxBytes)
  await writeAtomic(join(dir, 'index.json'), `${JSON.stringify(kept.index)}\n`)
  await removeUnlisted(dir, kept.index, kept.drop, now)
}

// Delete the dropped PDFs, and PDFs no entry names any more (replaced pages, an index
// entry lost to a concurrent export) once they are a while old, so a concurrent export's
// fresh file survives until its index is written.
async function removeUnlisted(dir: string, index: CacheIndex, drop: readonly string[], now: number): Promise<void> {
  const listed = new Set(Object.values(index.entries).map(entry => entry.file))
  for (const name of await readdir(dir).catch(() => [])) {
    const file = name.replace(/\.pdf$/u, '')
    if (file === name || listed.has(file))
      continue
    const old = now - ((await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? now) > 60_000
    if (drop.includes(file) || old)
      await rm(join(dir, name), { force: true })
  }
}
