// Broken input through the CLI's build path (reading the file included): each case gives
// a sound deck or one clear error line with its position, never a throw, and a failed
// build leaves the previous slides.md as it was.
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { build } from '../../scripts/io/build.ts'
import { maxBytes } from '../../scripts/io/read-text.ts'
import { deckProblems } from './deck-checks.ts'

const dir = mkdtempSync(join(tmpdir(), 'talkdown-broken-'))
const output = join(dir, 'slides.md')
const good = '# Talk\n\n## One\n\nThe first chapter says something.\n'
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Build `content` as article.md over a previously good slides.md; returns what was printed.
async function buildBytes(content: string | Uint8Array): Promise<{ ok: boolean, lines: string[], before: string, after: string }> {
  writeFileSync(join(dir, 'article.md'), good)
  await build({ article: join(dir, 'article.md'), output, force: true })
  const before = readFileSync(output, 'utf8')
  writeFileSync(join(dir, 'article.md'), content)
  const lines: string[] = []
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean))
    return true
  })
  try {
    const { ok } = await build({ article: join(dir, 'article.md'), output, force: false })
    return { ok, lines, before, after: readFileSync(output, 'utf8') }
  }
  finally {
    spy.mockRestore()
  }
}

const positioned = /^\S+article\.md:\d+:\d+(?:-\d+:\d+)?: error: Cannot .+\(\w[\w-]*\)$/

const failing: [string, string | Uint8Array][] = [
  ['invalid YAML front matter', '---\ntitle: [unclosed\n---\n\n# Talk\n\nText.\n'],
  ['an unknown YAML alias in front matter', '---\ntitle: *nowhere\n---\n\nText.\n'],
  ['NUL bytes', '# Talk\n\nText\u0000with a NUL.\n'],
  ['binary data (a PNG header)', new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])],
  ['invalid UTF-8', Buffer.concat([Buffer.from('# Talk\n\nCaf'), Buffer.from([0xE9]), Buffer.from(' au lait.\n')])],
]

describe('broken input that cannot make a deck', () => {
  it.each(failing)('%s: one positioned error, the old slides.md kept', async (_, content) => {
    const { ok, lines, before, after } = await buildBytes(content)
    expect(ok).toBe(false)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(positioned)
    expect(after).toBe(before)
  })

  it('places the bad byte of invalid UTF-8 at its line and column', async () => {
    const { lines } = await buildBytes(Buffer.concat([Buffer.from('# Talk\n\nCaf'), Buffer.from([0xE9]), Buffer.from(' au lait.\n')]))
    expect(lines[0]).toContain('article.md:3:4: error')
  })

  it('refuses an article over the size limit with one line, the old slides.md kept', async () => {
    const { ok, lines, before, after } = await buildBytes('Twenty-five megabytes of text. '.repeat(Math.ceil(25 * 1024 * 1024 / 31)))
    expect(maxBytes).toBe(20 * 1024 * 1024)
    expect(ok).toBe(false)
    expect(lines).toEqual([expect.stringMatching(/article\.md: error: Cannot read file: it is 25\.0 MB, expected an article under 20 MB \(read\)$/)])
    expect(after).toBe(before)
  })
})

const sound: [string, string | Uint8Array][] = [
  ['an empty file', ''],
  ['only whitespace', ' \n\t\n'],
  ['front matter only', '---\ntitle: Only a title\n---\n'],
  ['a BOM', '\uFEFF---\ntitle: With a BOM\n---\n\n# Heading\n\nText after a BOM.\n'],
  ['CRLF line ends', '# Talk\r\n\r\n## One\r\n\r\nFirst line.\r\n\r\n- a\r\n- b\r\n\r\n```\r\ncode\r\n```\r\n'],
  ['10,000 headings', Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n\nText ${i}.\n`).join('\n')],
  ['lists nested 50 deep', Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
  ['a 100 KB paragraph', `# Talk\n\n## One\n\n${'这是一个很长的句子，没有句号'.repeat(7500)}\n`],
]

describe('broken input that still makes a deck', () => {
  it.each(sound)('%s: a sound deck', async (_, content) => {
    const { ok, lines, after } = await buildBytes(content)
    expect(ok).toBe(true)
    expect(lines.filter(line => line.includes('error'))).toEqual([])
    const text = typeof content === 'string' ? content.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n') : ''
    // The full check compares every sentence with the whole deck: quadratic, so big decks
    // are checked as Slidev reads them (one slide per planned slide, each with notes).
    const slides = parseSync(after, 'slides.md').slides
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.filter(slide => !slide.note?.trim())).toEqual([])
    if (text.length < 50_000)
      expect(deckProblems(text)).toEqual([])
    expect(after).not.toContain('\r')
  })
})

describe('images', () => {
  it('warns about a missing image at its place and still writes the deck', async () => {
    const { ok, lines } = await buildBytes('# Talk\n\n## One\n\n![chart](missing.png)\n')
    expect(ok).toBe(true)
    expect(lines).toEqual([expect.stringMatching(/article\.md:5:1: warning: Image `missing.png` not found/)])
  })

  it('never fetches a remote image at build time', async () => {
    let requests = 0
    const server = createServer((_, response) => {
      requests++
      response.end()
    })
    await new Promise<void>(resolve => server.listen(4311, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const { ok, lines } = await buildBytes(`# Talk\n\n## One\n\n![remote](http://127.0.0.1:${port}/chart.png)\n`)
      expect(ok).toBe(true)
      expect(lines.join('\n')).toContain('is not downloaded at build time')
      expect(requests).toBe(0)
    }
    finally {
      server.close()
    }
  })
})
