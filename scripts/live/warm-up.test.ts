// The warm-up is invisible: nothing written, nothing said, and the next real run is what a
// fresh build would write.
import type { BuildOptions } from '../io/build.ts'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, generateFromDisk } from '../io/build.ts'
import { parseCached, remembered } from '../pipeline/index.ts'
import { warmUp } from './warm-up.ts'

describe('warmUp', () => {
  let folder: string
  let options: BuildOptions
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'talkdown-warm-'))
    copyFileSync(resolve('content/review.md'), join(folder, 'article.md'))
    options = { article: join(folder, 'article.md'), output: join(folder, 'slides.md'), force: false, parse: parseCached(), remember: remembered() }
    await build(options)
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('writes nothing, and the next save is written as a fresh build writes it', async () => {
    const written = statSync(options.output).mtimeMs
    const text = readFileSync(options.output, 'utf8')
    const log = vi.spyOn(process.stderr, 'write')
    await warmUp(options, () => false, { ms: 60_000, edits: 3 })
    expect(log).not.toHaveBeenCalled()
    log.mockRestore()
    expect(statSync(options.output).mtimeMs).toBe(written)
    expect(readFileSync(options.output, 'utf8')).toBe(text)
    const saved = readFileSync(options.article, 'utf8').replace('推理之年', '推理之年（修订）')
    writeFileSync(options.article, saved)
    await build(options)
    const fresh = await generateFromDisk({ article: options.article, output: options.output, force: false })
    expect(readFileSync(options.output, 'utf8')).toBe(fresh.markdown)
  })

  it('leaves a long article alone', async () => {
    const paragraph = `${'A sentence of prose that repeats, long enough to count. '.repeat(20)}\n\n`
    writeFileSync(options.article, `# Long\n\n${paragraph.repeat(300)}`)
    let checks = 0
    await warmUp(options, () => ++checks > 100)
    expect(checks).toBe(0)
  })

  it('stops at the first check after a save', async () => {
    let checks = 0
    await warmUp(options, () => ++checks > 1, { ms: 60_000, edits: 12 })
    expect(checks).toBe(2)
  })
})
