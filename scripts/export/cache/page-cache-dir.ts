// Which page cache an export of a slides.md uses: `node_modules/.cache/talkdown/pages`
// beside it (where Vite keeps its own caches; removed with node_modules), or the folder
// in TALKDOWN_CACHE_DIR; with its index and the deck's cache keys under this project's stamp.
import type { CacheIndex } from './page-cache.ts'
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import packageJson from '../../../package.json' with { type: 'json' }
import { findChromium } from '../../browser/find-chromium.ts'
import { cacheStamp, globalLayers } from './cache-stamp.ts'
import { cacheKeys, readIndex } from './page-cache.ts'

/** An open page cache for one deck. */
export interface OpenCache {
  dir: string
  index: CacheIndex
  /** The deck's cache keys, one per printed page. */
  keys: string[]
  /** Size bound of the cached PDFs together. */
  maxBytes: number
}

// 256 MB: the seed's whole PDF is about 2 MB, so this keeps a hundred full exports' pages.
const maxBytes = 256 * 1024 * 1024

function cacheDir(root: string): string {
  return process.env.TALKDOWN_CACHE_DIR ? resolve(process.env.TALKDOWN_CACHE_DIR) : join(root, 'node_modules/.cache/talkdown/pages')
}

/**
 * True when an export of `article` into `slides` will likely find every page in the cache:
 * it has an index, written after the article's last change. Only a guess, to decide whether
 * Slidev and Chromium start while the deck is built; the export looks every page up anyway.
 */
export function likelyCached(slides: string, article: string): boolean {
  const index = statSync(join(cacheDir(dirname(resolve(slides))), 'index.json'), { throwIfNoEntry: false })
  const source = statSync(article, { throwIfNoEntry: false })
  return Boolean(index && source && source.mtimeMs < index.mtimeMs)
}

/** The page cache for `slides` whose page keys (slide-keys.ts) are `pageKeys`. */
export async function openPageCache(slides: string, pageKeys: readonly string[]): Promise<OpenCache> {
  const root = dirname(resolve(slides))
  const dir = cacheDir(root)
  const [stamp, index] = await Promise.all([cacheStamp(root, findChromium() ?? 'none', packageJson.version), readIndex(dir)])
  const positional = globalLayers.some(name => existsSync(join(root, name)))
  return { dir, index, keys: cacheKeys(pageKeys, stamp, positional), maxBytes }
}
