// The CLI edge: exit codes, one-line messages with positions, atomic and guarded writes.

import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { main } from '../scripts/cli/main.ts'
import { exitCode } from '../scripts/io/cli-error.ts'
import { captureStderr } from './support/capture-stderr.ts'

// To test the no-browser exit, the Chromium search can be made to find nothing on this machine.
const chromium = vi.hoisted(() => ({ hidden: false }))
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  return { ...fs, existsSync: (path: string) => !(chromium.hidden && /chrom/i.test(String(path))) && fs.existsSync(path) }
})

let dir: string
const stderr = captureStderr()

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkdown-cli-'))
})

afterEach(() => {
  chromium.hidden = false
})

async function build(...args: string[]): Promise<number> {
  return main(['build', ...args])
}

function write(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('talkdown build', () => {
  it('writes the deck and prints a summary', async () => {
    // Chapters long enough for a slide each (short ones share one).
    const long = (word: string): string => Array.from({ length: 30 }, (_, i) => `${word} sentence number ${i + 1} says a little more.`).join(' ')
    const article = write('a.md', `# Talk\n\n## One\n\n${long('Hello')}\n\n## Two\n\n${long('Bye')}\n`)
    const out = join(dir, 'slides.md')
    expect(await build(article, '-o', out)).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^---\n# talkdown-sha256: /)
    expect(stderr.lines().join('')).toMatch(/✓ wrote .*slides\.md: \d+ slides, 2 chapters/)
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
  })
  it('warns when the deck is written outside the project, and not inside it', async () => {
    const article = write('a.md', '# Talk\n\n## One\n\nHello there, this is a talk.\n')
    expect(await build(article, '-o', join(dir, 'slides.md'))).toBe(0)
    expect(stderr.lines().join('')).toMatch(/slides\.md: warning: no talkdown project beside it/)
    const before = stderr.lines().length
    const inside = join(process.cwd(), '.cli-test-slides.md')
    try {
      expect(await build(article, '-o', inside)).toBe(0)
      expect(stderr.lines().slice(before).join('')).not.toMatch(/no talkdown project/)
    }
    finally {
      rmSync(inside, { force: true })
    }
  })
  it('fails with one line naming the file when the article is missing', async () => {
    expect(await build(join(dir, 'missing.md'), '-o', join(dir, 's.md'))).toBe(exitCode.badInput)
    expect(stderr.lines().join('')).toBe(`${join(dir, 'missing.md')}: error: Cannot read file: no such file (read)\n`)
  })
  it('reports invalid front matter with its position and keeps the old output', async () => {
    const out = write('slides.md', 'old')
    const article = write('a.md', '---\ntitle: [broken\n---\n\nText.\n')
    expect(await build(article, '-o', out, '--force')).toBe(exitCode.badInput)
    expect(stderr.lines().join('')).toMatch(new RegExp(`^${article.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: Cannot read front matter`))
    expect(readFileSync(out, 'utf8')).toBe('old')
  })
  it('reports invalid deck settings at file:line:column', async () => {
    const article = write('a.md', '# T\n\nText.\n')
    write('a.deck.yaml', 'title: T\ncolour: red\n')
    expect(await build(article, '-o', join(dir, 's.md'))).toBe(exitCode.badInput)
    expect(stderr.lines().join('')).toContain(`${join(dir, 'a.deck.yaml')}:2:1: error: Cannot use deck settings: unknown key \`colour\``)
  })
  it('refuses to overwrite a hand-edited deck unless forced', async () => {
    const article = write('a.md', '# T\n\nText.\n')
    const out = join(dir, 's.md')
    await build(article, '-o', out)
    writeFileSync(out, `${readFileSync(out, 'utf8')}\nmy edit\n`)
    write('a.md', '# T\n\nNew text.\n')
    expect(await build(article, '-o', out)).toBe(exitCode.failed)
    expect(readFileSync(out, 'utf8')).toContain('my edit')
    expect(stderr.lines().join('')).toContain('--force')
    expect(await build(article, '-o', out, '--force')).toBe(0)
    expect(readFileSync(out, 'utf8')).not.toContain('my edit')
  })
  it('answers an option mistake with one line, not a stack trace', async () => {
    expect(await main(['build', '--colour'])).toBe(exitCode.badInput)
    expect(stderr.lines()[0]).toMatch(/^talkdown: Unknown option '--colour'/)
    expect(stderr.lines().join('')).not.toMatch(/\n\s+at /)
  })
})

describe('exit codes', () => {
  it('are 0 for help and 2 for usage mistakes, each said in one line with a pointer to the help', async () => {
    expect(await main(['--help'])).toBe(exitCode.ok)
    expect(await main([])).toBe(exitCode.badInput)
    stderr.lines().splice(0)
    for (const argv of [['publish'], ['build', 'a.md', 'b.md'], ['export', '--format', 'docx'], ['export', '--handout', '--format', 'pptx'], ['dev', '--port', 'http']]) {
      expect(await main(argv), argv.join(' ')).toBe(exitCode.badInput)
      expect(stderr.lines().splice(0)).toEqual([expect.stringMatching(/^talkdown: Cannot .*, expected /), 'Run `talkdown --help` for usage.\n'])
    }
  })
  it('are 3 when a command needs a Chromium and none is installed', async () => {
    chromium.hidden = true
    expect(await main(['check', write('a.md', '# T\n\nText.\n')])).toBe(exitCode.noBrowser)
    expect(stderr.lines()).toEqual([expect.stringMatching(/^talkdown: No Chromium found: install one .* or set CHROMIUM_PATH/)])
  })
  it('are 4 when the dev server\'s port is in use', async () => {
    const server = createServer()
    await new Promise<void>(done => server.listen(0, 'localhost', done))
    const port = (server.address() as AddressInfo).port
    try {
      expect(await main(['dev', write('a.md', '# T\n\nText.\n'), '--port', String(port)])).toBe(exitCode.portInUse)
      expect(stderr.lines()).toEqual([`talkdown: Cannot serve the talk on port ${port}: it is in use. Stop what uses it, or pass --port <number>.\n`])
    }
    finally {
      server.close()
    }
  })
})
