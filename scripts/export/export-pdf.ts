// `talkdown export` to PDF: the pages found in the page cache are taken from it, the rest
// printed by Chromium from Slidev's print view (print-slides.ts: of a running `talkdown
// dev` or `export --watch` for this deck when there is one, else of Slidev's own server or
// build), with waits on what the page shows instead of `slidev export`'s fixed delay.
import type { CacheHit } from './cache/page-cache.ts'
import type { ExportRig } from './export-rig.ts'
import type { PageShelf } from './merge-pdf.ts'
import type { MergePlan } from './merge-plan.ts'
import type { PdfExtras } from './pdf-outline.ts'
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { writeAtomic } from '../io/write-atomic.ts'
import { openPageCache } from './cache/page-cache-dir.ts'
import { findPages, storePages } from './cache/page-cache.ts'
import { sayProfile, timed } from './export-profile.ts'
import { mergePdf } from './merge-pdf.ts'
import { mergePlan } from './merge-plan.ts'
import { printSlides } from './print-slides.ts'
import { deckPages } from './slide-keys.ts'

/** What an export wrote. */
export interface PdfWritten {
  /** Pages (one per slide). */
  pages: number
  /** Pages printed now; the rest came from the page cache. */
  printed: number
  /** Seconds from the start of printing to the file written. */
  seconds: number
}

/** How `exportPdf` works. */
export interface PdfOptions {
  /** Bookmarks and language. */
  extras?: PdfExtras
  /** Use the page cache (default true); false prints every page, as one tagged document. */
  cache?: boolean
}

// The plan, its merged PDF and what was printed for it.
async function assemble(rig: ExportRig, slides: string, say: (line: string) => void, options: PdfOptions): Promise<{ plan: MergePlan, pdf: Uint8Array, keys: string[], done: () => Promise<void> }> {
  const markdown = await readFile(slides, 'utf8')
  const deck = deckPages(markdown)
  const cache = options.cache === false ? undefined : await timed('cache lookup', openPageCache(slides, deck.keys))
  const hit: CacheHit = cache ? await findPages(cache.dir, cache.index, cache.keys) : { keys: [], shelf: { files: [], pages: [] } }
  const keys = cache?.keys ?? deck.keys
  const plan = mergePlan(hit.keys, keys)
  const printed = plan.print.length ? await printSlides(rig, slides, markdown, deck, plan.print, say) : undefined
  const shelf: PageShelf = hit.shelf
  const pdf = await timed('merge', mergePdf(plan, deck, printed, shelf, options.extras))
  const done = async (): Promise<void> => {
    if (cache)
      await timed('cache store', storePages(cache.dir, cache.index, printed, plan.print.map(index => keys[index]!), keys, cache.maxBytes))
  }
  return { plan, pdf, keys, done }
}

/** Export `slides` (a built slides.md) through `rig` into `output`, atomically; rejects with a CLIError when Chromium is needed and there is none. */
export async function exportPdf(rig: ExportRig, slides: string, output: string, say: (line: string) => void, options: PdfOptions = {}): Promise<PdfWritten> {
  const started = performance.now()
  say(`Exporting ${slides} to ${output} …`)
  const made = await assemble(rig, slides, say, options).catch(async (error: unknown) => {
    // A cached PDF that no longer loads (cut short, edited): print everything, without the cache.
    if (options.cache === false || !(error instanceof Error) || !error.message.startsWith('Failed to parse'))
      throw error
    say(`talkdown: Cannot use the page cache (${error.message.split('\n')[0]}); printing every slide`)
    return assemble(rig, slides, say, { ...options, cache: false })
  })
  await timed('write', writeAtomic(output, made.pdf))
  await made.done().catch((error: unknown) => say(`talkdown: Cannot update the page cache: ${error instanceof Error ? error.message : String(error)}`))
  sayProfile(say)
  return { pages: made.plan.pages.length, printed: made.plan.print.length, seconds: (performance.now() - started) / 1000 }
}
