// The CLI edge: exit codes, one-line messages with positions, atomic and guarded writes.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../scripts/cli/main.ts'

let dir: string
let output: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkdown-cli-'))
  output = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    output.push(String(chunk))
    return true
  })
})

afterEach(() => {
  vi.restoreAllMocks()
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
    const article = write('a.md', '# Talk\n\n## One\n\nHello there. More.\n\n## Two\n\nBye now.\n')
    const out = join(dir, 'slides.md')
    expect(await build(article, '-o', out)).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^---\n# talkdown-sha256: /)
    expect(output.join('')).toMatch(/✓ wrote .*slides\.md: \d+ slides, 2 chapters/)
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([])
  })
  it('fails with one line naming the file when the article is missing', async () => {
    expect(await build(join(dir, 'missing.md'), '-o', join(dir, 's.md'))).toBe(1)
    expect(output.join('')).toBe(`${join(dir, 'missing.md')}: error: Cannot read file: no such file (read)\n`)
  })
  it('reports invalid front matter with its position and keeps the old output', async () => {
    const out = write('slides.md', 'old')
    const article = write('a.md', '---\ntitle: [broken\n---\n\nText.\n')
    expect(await build(article, '-o', out, '--force')).toBe(1)
    expect(output.join('')).toMatch(new RegExp(`^${article.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: Cannot read front matter`))
    expect(readFileSync(out, 'utf8')).toBe('old')
  })
  it('reports invalid deck settings at file:line:column', async () => {
    const article = write('a.md', '# T\n\nText.\n')
    write('a.deck.yaml', 'title: T\ncolour: red\n')
    expect(await build(article, '-o', join(dir, 's.md'))).toBe(1)
    expect(output.join('')).toContain(`${join(dir, 'a.deck.yaml')}:2:1: error: Cannot use deck settings: unknown key \`colour\``)
  })
  it('refuses to overwrite a hand-edited deck unless forced', async () => {
    const article = write('a.md', '# T\n\nText.\n')
    const out = join(dir, 's.md')
    await build(article, '-o', out)
    writeFileSync(out, `${readFileSync(out, 'utf8')}\nmy edit\n`)
    write('a.md', '# T\n\nNew text.\n')
    expect(await build(article, '-o', out)).toBe(1)
    expect(readFileSync(out, 'utf8')).toContain('my edit')
    expect(output.join('')).toContain('--force')
    expect(await build(article, '-o', out, '--force')).toBe(0)
    expect(readFileSync(out, 'utf8')).not.toContain('my edit')
  })
  it('answers an option mistake with one line, not a stack trace', async () => {
    expect(await main(['build', '--colour'])).toBe(1)
    expect(output[0]).toMatch(/^talkdown: Unknown option '--colour'/)
    expect(output.join('')).not.toMatch(/\n\s+at /)
  })
})
