// A run that starts between a save's truncate and its write reads the saved text, not the
// empty file; an article that is empty stays empty.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { savedText } from './saved-text.ts'

describe('savedText', () => {
  let folder: string
  let file: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'talkdown-saved-'))
    file = join(folder, 'article.md')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('waits for the write after a truncate', async () => {
    writeFileSync(file, 'first')
    truncateSync(file)
    setTimeout(() => writeFileSync(file, 'second'), 30)
    expect(String((await savedText(file)).value)).toBe('second')
  })

  it('reads an empty article as empty', async () => {
    writeFileSync(file, '')
    expect(String((await savedText(file)).value)).toBe('')
  })

  it('reads a missing file as readText does, with its message', async () => {
    const read = await savedText(join(folder, 'missing.md'))
    expect(read.messages[0]?.reason).toMatch(/no such file/)
  })
})
