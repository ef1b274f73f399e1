import { readFileSync } from 'node:fs'
import { tests } from 'commonmark-spec'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { nastyLines } from '../../../test/nasty-lines.ts'
import { articlePieces, fenceClose } from './article-pieces.ts'
import { parse, parseWhole } from './parse.ts'

const seed = readFileSync(new URL('../../../content/review.md', import.meta.url), 'utf8')
const file = (value: string): VFile => new VFile({ value, path: 'article.md' })
// Cut wherever a cut is allowed, so short test articles are cut as often as long ones.
const everywhere = { shortest: 0, longest: 0 }

const article = fc.array(fc.constantFrom(...nastyLines), { maxLength: 30 }).map(lines => lines.join('\n'))
const examples = fc.array(fc.constantFrom(...tests.map(example => example.markdown.replaceAll('→', '\t'))), { maxLength: 5 }).map(parts => parts.join('\n'))

describe('parse', () => {
  it('gives the tree of one whole parse for the seed, whole as it is by default (short), three times over (cut) and cut everywhere', () => {
    expect(articlePieces(seed)).toHaveLength(1)
    expect(articlePieces(seed.repeat(3)).length).toBeGreaterThan(1)
    expect(parse(file(seed))).toEqual(parseWhole(file(seed)))
    expect(parse(file(seed.repeat(3)))).toEqual(parseWhole(file(seed.repeat(3))))
    expect(parse(file(seed), everywhere)).toEqual(parseWhole(file(seed)))
  })

  it.each([
    ['nasty lines', article],
    ['CommonMark spec examples', examples],
    ['both, one after the other', fc.tuple(fc.oneof(article, examples), fc.oneof(article, examples)).map(([a, b]) => `${a}\n${b}`)],
  ])('gives the tree of one whole parse, positions included, for %s', (_, articles) => {
    fc.assert(fc.property(articles, fc.constantFrom(everywhere, { shortest: 5, longest: 40 }), (text, sizes) => {
      expect(parse(file(text), sizes)).toEqual(parseWhole(file(text)))
    }), { numRuns: 400 })
  })

  it('resolves a reference to a definition in another piece, and only to a defined one', () => {
    const text = '[a] [b] [^1]\n\n# Next\n\n- [a]: /a\n\n[^1]: note\n'
    const tree = parse(file(text), everywhere)
    expect(tree).toEqual(parseWhole(file(text)))
    expect(JSON.stringify(tree)).toContain('"linkReference"')
    expect(JSON.stringify(tree)).toContain('"footnoteReference"')
  })

  it('cuts long articles into pieces of a few KB, none inside a fence or front matter', () => {
    const code = `\`\`\`\n${'# not a heading\n\n'.repeat(2000)}\`\`\`\n`
    const pieces = articlePieces(`---\n# comment\n\ntitle: x\n---\n${code}# After\n\n${'para\n\n'.repeat(20_000)}`)
    expect(pieces[0]!.text).toContain(code)
    expect(pieces.length).toBeGreaterThan(3)
    expect(Math.max(...pieces.slice(1).map(piece => piece.text.length))).toBeLessThan(20_000)
  })

  it('joins the pieces a fenced block spans, up to its closing line, when cuts fell inside it', () => {
    const fenced = `  \`\`\`\n${'code at column 0\n\n# not a heading\n\n'.repeat(2000)}  \`\`\`\n\n${seed}`
    expect(fenceClose(fenced, 0)).toBe(fenced.indexOf(`  \`\`\`\n\n${seed}`) + 5)
    expect(fenceClose('~~~\nno end', 0)).toBe(10)
    expect(fenceClose('text', 0)).toBeUndefined()
    expect(parse(file(fenced))).toEqual(parseWhole(file(fenced)))
  })

  it('reads an unclosed front matter fence the way one parse does: no cuts', () => {
    expect(articlePieces('---\n# a\n\n- b\n', everywhere)).toHaveLength(1)
  })
})
