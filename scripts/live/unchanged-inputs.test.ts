// A repeat is only what the last run already read: any other save runs again.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unchangedInputs } from './unchanged-inputs.ts'

describe('unchangedInputs', () => {
  let folder: string
  let article: string
  let settings: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'talkdown-inputs-'))
    article = join(folder, 'article.md')
    settings = join(folder, 'article.deck.yaml')
    writeFileSync(article, 'one')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('is false on the first call and true while nothing changed', () => {
    const unchanged = unchangedInputs([article, settings])
    expect(unchanged()).toBe(false)
    expect(unchanged()).toBe(true)
  })

  it('is false after a save of other bytes of the same size, even within the same clock tick', () => {
    const unchanged = unchangedInputs([article, settings])
    unchanged()
    const mtime = new Date(2026, 0, 1)
    utimesSync(article, mtime, mtime)
    unchanged()
    writeFileSync(article, 'two')
    utimesSync(article, mtime, mtime)
    expect(unchanged()).toBe(false)
  })

  it('is false after a save of the same bytes (the disk may have changed around the article)', () => {
    const unchanged = unchangedInputs([article, settings])
    unchanged()
    utimesSync(article, new Date(2026, 0, 2), new Date(2026, 0, 2))
    expect(unchanged()).toBe(false)
  })

  it('is false when a watched file appears or goes', () => {
    const unchanged = unchangedInputs([article, settings])
    unchanged()
    writeFileSync(settings, 'minutes: 5\n')
    expect(unchanged()).toBe(false)
    rmSync(settings)
    expect(unchanged()).toBe(false)
    expect(unchanged()).toBe(true)
  })
})
