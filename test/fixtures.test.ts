import type { GenerateInput } from '../scripts/pipeline/index.ts'
// Golden tests: each folder in test/fixtures is an article (`input.md`, optional
// `deck.yaml`) with the expected `slides.md` and `messages.txt`. Refresh the expected
// files with `UPDATE=1 npx vitest run test/fixtures.test.ts` after reading the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { imageOnDisk, imageSizeOnDisk } from '../scripts/io/image-files.ts'
import { formatMessage } from '../scripts/io/report.ts'
import { generate, parseCached, remembered, VFile } from '../scripts/pipeline/index.ts'
import { lostSentences } from './lost-sentences.ts'

const root = join(import.meta.dirname, 'fixtures')
const update = Boolean(process.env.UPDATE)

// A case is a folder with `input.md`; a folder without one groups cases (`real/<case>`).
function cases(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter(entry => entry.isDirectory()).flatMap(entry =>
    existsSync(join(dir, entry.name, 'input.md')) ? [`${prefix}${entry.name}`] : cases(join(dir, entry.name), `${prefix}${entry.name}/`))
}

// `text` replaces the article's; `live` is what the watch loop keeps between runs.
function run(name: string, text?: string, live?: Pick<GenerateInput, 'parse' | 'remember'>) {
  const dir = join(root, name)
  const settings = existsSync(join(dir, 'deck.yaml')) ? new VFile({ path: 'deck.yaml', value: readFileSync(join(dir, 'deck.yaml'), 'utf8') }) : undefined
  const article = new VFile({ path: 'input.md', value: text ?? readFileSync(join(dir, 'input.md'), 'utf8') })
  // Images are looked up beside the article, as `talkdown build` does (its output is there too).
  return generate({ article, settings, imageExists: imageOnDisk(dir), imageSize: imageSizeOnDisk(dir), ...live })
}

function expectFile(path: string, actual: string): void {
  if (update || !existsSync(path))
    writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe.each(cases(root))('fixture %s', (name) => {
  const result = run(name)
  const dir = join(root, name)

  it('matches the expected slides.md and messages', () => {
    const messages = result.files.flatMap(file => file.messages.map(message => formatMessage(file, message)))
    expectFile(join(dir, 'messages.txt'), messages.map(line => `${line}\n`).join(''))
    expectFile(join(dir, 'slides.md'), result.markdown ?? '')
  })

  it('parses back with @slidev/parser into the planned slides, each with notes', () => {
    const parsed = parseSync(result.markdown!, 'slides.md')
    expect(parsed.slides.map(slide => slide.frontmatter.routeAlias)).toEqual(result.deck!.slides.map(slide => slide.routeAlias))
    for (const slide of parsed.slides)
      expect(slide.note?.trim(), `notes of ${slide.frontmatter.routeAlias}`).toBeTruthy()
  })

  it('loses no sentence of the article', () => {
    const article = readFileSync(join(dir, 'input.md'), 'utf8')
    expect(lostSentences(article, result.deck!)).toEqual([])
  })

  it('is deterministic', () => {
    expect(run(name).markdown).toBe(result.markdown)
  })

  // The watch loop's runs: a word added (later sections keep their lines), another word of
  // that length in its place (later sections where the last run moved them), a paragraph
  // added (they move down), then the article as it was; each as a fresh run makes it.
  it('makes the same deck and slides.md with what the watch loop keeps between runs', () => {
    const article = readFileSync(join(dir, 'input.md'), 'utf8')
    const live = { parse: parseCached(), remember: remembered() }
    const word = (added: string): string => article.replace(/(\n[^\n#>|`*\-\d][^\n]*?)([。.])/, `$1 ${added}$2`)
    const edits = [article, word('edited'), word('EDITED'), article.replace(/\n\n/, '\n\nAn added paragraph.\n\n'), article]
    for (const text of edits) {
      const kept = run(name, text, live)
      const fresh = run(name, text)
      expect(kept.markdown).toBe(fresh.markdown)
      expect(kept.deck).toEqual(fresh.deck)
    }
  })
})
