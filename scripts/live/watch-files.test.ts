// Saves as editors make them reach the watch loop as finished text: never the empty file
// between a truncate and its write, and the last call sees the last save.
import type { FileWatch } from './watch-files.ts'
import { mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { watchFiles } from './watch-files.ts'

describe('watchFiles', () => {
  let folder: string
  let file: string
  let watch: FileWatch | undefined
  let seen: (string | undefined)[]
  const read = (): string | undefined => {
    try {
      return readFileSync(file, 'utf8')
    }
    catch {
      return undefined
    }
  }
  const last = (): string | undefined => seen.at(-1)

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'talkdown-watch-'))
    file = join(folder, 'article.md')
    writeFileSync(file, 'first')
    seen = []
    watch = watchFiles([file], () => seen.push(read()))
    // Let the watch settle before saving.
    await delay(300)
  })
  afterEach(async () => {
    await watch?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('waits out the empty file between a truncate and its write', async () => {
    truncateSync(file)
    await delay(20)
    writeFileSync(file, 'second')
    await expect.poll(last, { timeout: 5000 }).toBe('second')
    expect(seen).not.toContain('')
  })

  it('sees a save made by writing a temporary file and renaming it', async () => {
    writeFileSync(join(folder, '.article.md.tmp'), 'renamed')
    renameSync(join(folder, '.article.md.tmp'), file)
    await expect.poll(last, { timeout: 5000 }).toBe('renamed')
  })

  it('sees a file deleted and made again', async () => {
    rmSync(file)
    await delay(50)
    writeFileSync(file, 'again')
    await expect.poll(last, { timeout: 5000 }).toBe('again')
  })

  it('sees a second save made right after the first was seen', async () => {
    writeFileSync(file, 'one')
    await expect.poll(last, { timeout: 5000, interval: 1 }).toBe('one')
    writeFileSync(file, 'two')
    await expect.poll(last, { timeout: 5000 }).toBe('two')
  })

  it('ignores other files in the folder', async () => {
    writeFileSync(join(folder, 'other.md'), 'x')
    writeFileSync(file, 'mine')
    await expect.poll(last, { timeout: 5000 }).toBe('mine')
    expect(seen.every(text => text === 'mine')).toBe(true)
  })
})
