// The documents stay readable and true (issue 27): no line over 200 characters in any
// document, README.md and ARCHITECTURE.md within the size a newcomer reads in ten minutes,
// every repository path they name still there, and the README's test commands the ones CI runs.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { wrapWords } from '../bench/benchmarks-md.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

// Longer lines cannot be read in a terminal or a side-by-side diff, and hide what changed.
const maxLineLength = 200

// Decks and articles are data, not documents: the seed's article (content/) and its generated
// slides.md, and every test's input.md and slides.md. Dot files are scratch decks (git-ignored).
function isDocument(path: string): boolean {
  const name = path.split('/').pop()!
  if (path === 'slides.md' || path.startsWith('content/'))
    return false
  return !(path.startsWith('test/') && (name === 'input.md' || name === 'slides.md'))
}

/** The Markdown files git tracks: scratch output in ignored folders (tmp/, dist/) is no document. */
function markdownFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', '*.md'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(path => path && !path.split('/').some(part => part.startsWith('.') || part === 'node_modules'))
}

/** Whether git ignores `path` (generated output such as the CLI's bundle in `bin/dist/`). */
function ignored(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: root })
    return true
  }
  catch {
    return false
  }
}

/** Lines longer than `limit` characters (code points: a Chinese character counts one), as `line N (length)`. */
function longLines(text: string, limit: number): string[] {
  return text.split('\n').flatMap((line, index) => {
    const length = [...line].length
    return length > limit ? [`line ${index + 1} (${length})`] : []
  })
}

// Top-level folders a document names paths in; a backticked path under one must exist. Not content/:
// the README names files a user may add there (review.deck.yaml), and sources cite other repositories' paths.
const rootFolders = ['bench', 'bin', 'components', 'public', 'scripts', 'setup', 'styles', 'test']

/** Backticked repository paths (`scripts/io/build.ts`) that a document names; globs and placeholders left out. */
function namedPaths(text: string): string[] {
  const paths = [...text.matchAll(/`([\w.-]+\/[^`\s]*)`/gu)].map(match => match[1]!.replace(/[:#].*$/u, ''))
  return [...new Set(paths.filter(path => rootFolders.includes(path.split('/')[0]!) && !/[*<>…{}]/u.test(path)))]
}

/** Every name `export { … } from` and `export type { … } from` lines export. */
function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export (?:type )?\{([^}]*)\}/gmu)].flatMap(match => match[1]!.split(',').map(name => name.trim()).filter(Boolean))
}

/** The backticked identifiers of the section under `heading` (any level, up to the next heading). */
function sectionIdentifiers(markdown: string, heading: string): string[] {
  const section = markdown.split(/^#+ /mu).find(part => part.startsWith(`${heading}\n`)) ?? ''
  return [...section.matchAll(/`([A-Z_a-z]\w*)`/gu)].map(match => match[1]!)
}

/** The commands of the first ```sh block under `heading`, comments and blank lines left out. */
function blockCommands(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /mu).find(part => part.startsWith(`${heading}\n`)) ?? ''
  const block = /```sh\n([\s\S]*?)```/u.exec(section)?.[1] ?? ''
  return block.split('\n').map(line => line.replace(/\s+#.*$/u, '').trim()).filter(Boolean)
}

describe('helpers', () => {
  it.each([
    ['short\nlines', 10, []],
    [`${'a'.repeat(11)}\nok`, 10, ['line 1 (11)']],
    [`ok\n${'中'.repeat(10)}`, 10, []],
    [`ok\n${'中'.repeat(11)}`, 10, ['line 2 (11)']],
  ])('longLines(%j, %i)', (text, limit, expected) => {
    expect(longLines(text, limit)).toEqual(expected)
  })

  it.each([
    ['see `scripts/io/build.ts` and `test/fixtures/`', ['scripts/io/build.ts', 'test/fixtures/']],
    ['`scripts/io/build.ts:12` twice `scripts/io/build.ts`', ['scripts/io/build.ts']],
    ['relative `4-plan/paginate.ts`, a glob `test/e2e/*.e2e.ts`, a URL `/#/results`', []],
    ['a placeholder `test/fixtures/<case>/` and `node_modules/.vite`', []],
  ])('namedPaths(%j)', (text, expected) => {
    expect(namedPaths(text)).toEqual(expected)
  })

  // The bench writes BENCHMARKS.md's measured block; its lines must pass the same test.
  const long = 'word '.repeat(40).trim()
  it.each([
    ['a short note', '- ', '  ', '', ['- a short note']],
    [long, '- ', '  ', '', [`- ${'word '.repeat(29).trim()}`, `  ${'word '.repeat(11).trim()}`]],
    [long, '    ', '      ', ' \\', [`    ${'word '.repeat(29).trim()} \\`, `      ${'word '.repeat(11).trim()}`]],
    [`${'x'.repeat(160)} tail`, '- ', '  ', '', [`- ${'x'.repeat(160)}`, '  tail']],
    [`${'word '.repeat(29)}abc - dash`, '- ', '  ', '', [`- ${'word '.repeat(29)}abc -`, '  dash']],
  ])('wrapWords(%j, %j, %j, %j)', (text, first, rest, end, expected) => {
    expect(wrapWords(text, first, rest, end)).toEqual(expected)
  })

  it('blockCommands reads the sh block under its heading only', () => {
    const markdown = '## Use\n\n```sh\nnpm run dev\n```\n\n## Tests\n\n```sh\nnpm ci   # clean\n\nnpm test\n```\n'
    expect(blockCommands(markdown, 'Tests')).toEqual(['npm ci', 'npm test'])
    expect(blockCommands(markdown, 'Missing')).toEqual([])
  })
})

describe('documents', () => {
  const documents = markdownFiles().filter(isDocument)

  it('finds the documents, and leaves decks and articles out', () => {
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'ARCHITECTURE.md', 'BENCHMARKS.md', 'test/fixtures/real/README.md']))
    expect(documents.filter(path => /(?:^|\/)(?:input|slides)\.md$/u.test(path))).toEqual([])
  })

  it.each(markdownFiles().filter(isDocument))('%s has no line over 200 characters', (path) => {
    expect(longLines(readFileSync(join(root, path), 'utf8'), maxLineLength)).toEqual([])
  })

  it.each([
    ['README.md', 300],
    ['ARCHITECTURE.md', 150],
  ])('%s is at most %i lines', (path, lines) => {
    expect(readFileSync(join(root, path), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(lines)
  })

  it.each(markdownFiles().filter(isDocument))('every path %s names exists', (path) => {
    // A folder the tools generate and git ignores (`bin/dist/`) is named truly though a clean clone lacks it.
    const missing = namedPaths(readFileSync(join(root, path), 'utf8')).filter(named => !existsSync(join(root, named)) && !ignored(named))
    expect(missing).toEqual([])
  })

  it('the public API in ARCHITECTURE.md is the list scripts/pipeline/index.ts exports', () => {
    const named = sectionIdentifiers(readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'), 'Public API')
    const exported = exportedNames(readFileSync(join(root, 'scripts/pipeline/index.ts'), 'utf8'))
    expect(exported.length).toBeGreaterThan(20)
    // The section names a few types by their family (`Chart`, `BarChart` …) and the files involved.
    expect(exported.filter(name => !named.includes(name) && !name.endsWith('Chart'))).toEqual([])
    expect(named.filter(name => !exported.includes(name))).toEqual([])
  })

  it('every hand-written entry of BENCHMARKS.md is dated and gives its command', () => {
    const entries = readFileSync(join(root, 'BENCHMARKS.md'), 'utf8').split(/^## /mu).slice(1).filter(entry => !entry.startsWith('Measured\n'))
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.filter(entry => !/^\d{4}-\d{2}-\d{2}\b/u.test(entry) || !/^Commands?: /mu.test(entry)).map(entry => entry.split('\n')[0])).toEqual([])
  })

  it('the test commands in README.md are the ones .ci/run runs', () => {
    const readme = blockCommands(readFileSync(join(root, 'README.md'), 'utf8'), 'Tests')
    const ci = readFileSync(join(root, '.ci/run'), 'utf8').split('\n').filter(line => line.startsWith('npm '))
    expect(readme).not.toEqual([])
    expect(readme).toEqual(ci)
  })
})
