import type { CacheIndex } from './page-cache.ts'
import { prunePages } from './prune-pages.ts'

const index: CacheIndex = {
  version: 1,
  entries: {
    a: { file: 'old', page: 0, used: 1 },
    b: { file: 'old', page: 1, used: 5 },
    c: { file: 'mid', page: 0, used: 3 },
    d: { file: 'new', page: 0, used: 9 },
    e: { file: 'gone', page: 0, used: 10 },
  },
}
const sizes = new Map([['old', 40], ['mid', 30], ['new', 50], ['gone', -1]])

describe('prunePages', () => {
  it('keeps the most recently used PDFs within the bound, a PDF used when any of its pages was', () => {
    const pruned = prunePages(index, sizes, 90)
    // new (9) and old (5, through b) fit in 90; mid (3) would make 120.
    expect(Object.keys(pruned.index.entries).sort()).toEqual(['a', 'b', 'd'])
    expect(pruned.drop.sort()).toEqual(['gone', 'mid'])
  })

  it('drops entries whose PDF went missing, and always keeps the newest PDF', () => {
    const pruned = prunePages(index, sizes, 1)
    expect(Object.keys(pruned.index.entries)).toEqual(['d'])
    expect(pruned.drop.sort()).toEqual(['gone', 'mid', 'old'])
  })
})
