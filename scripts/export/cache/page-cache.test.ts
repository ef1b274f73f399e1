import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { cacheKeys, findPages, readIndex, storePages } from './page-cache.ts'

// A PDF whose pages are told apart by their width.
async function pdf(widths: number[]): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  widths.forEach(width => document.addPage([width, 100]))
  return document.save()
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkdown-page-cache-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('cacheKeys', () => {
  it('changes every key with the stamp, and only positional keys with the place or the count', () => {
    const keys = cacheKeys(['a', 'b'], 's1', false)
    expect(cacheKeys(['a', 'b'], 's2', false).filter(key => keys.includes(key))).toEqual([])
    expect(cacheKeys(['b', 'a', 'c'], 's1', false).slice(0, 2)).toEqual([keys[1], keys[0]])
    const placed = cacheKeys(['a', 'b'], 's1', true)
    expect(cacheKeys(['a', 'b', 'c'], 's1', true).filter(key => placed.includes(key))).toEqual([])
    expect(placed.filter(key => keys.includes(key))).toEqual([])
  })
})

describe('page cache', () => {
  it('finds the pages it stored, from the PDFs they were printed in, and forgets missing files', async () => {
    const first = await readIndex(dir)
    expect(first.entries).toEqual({})
    await storePages(dir, first, await pdf([100, 101]), ['a', 'b'], ['a', 'b'], 1e9)
    await storePages(dir, await readIndex(dir), await pdf([202]), ['b'], ['a', 'b'], 1e9)
    const index = await readIndex(dir)
    const hit = await findPages(dir, index, ['b', 'a', 'x'])
    expect(hit.keys).toEqual(['b', 'a'])
    const widths = await Promise.all(hit.shelf.pages.map(async ({ file, page }) => (await PDFDocument.load(hit.shelf.files[file]!)).getPage(page).getWidth()))
    expect(widths).toEqual([202, 100])
    rmSync(join(dir, `${index.entries.a!.file}.pdf`))
    expect((await findPages(dir, index, ['a', 'b'])).keys).toEqual(['b'])
  })

  it('deletes the PDFs pruning drops', async () => {
    await storePages(dir, await readIndex(dir), await pdf([100]), ['a'], [], 1e9)
    const old = (await readIndex(dir)).entries.a!.file
    await storePages(dir, await readIndex(dir), await pdf([300, 301, 302]), ['b', 'c', 'd'], ['b'], 1)
    expect(existsSync(join(dir, `${old}.pdf`))).toBe(false)
    expect(Object.keys((await readIndex(dir)).entries)).toEqual(['b', 'c', 'd'])
    expect(readdirSync(dir).filter(name => name.endsWith('.pdf'))).toHaveLength(1)
  })

  it('reads a broken index as empty', async () => {
    writeFileSync(join(dir, 'index.json'), '{ not json')
    expect((await readIndex(dir)).entries).toEqual({})
  })
})
