import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { nastyLines } from '../../../test/nasty-lines.ts'
import { parseCached } from './parse-cached.ts'
import { parseWhole } from './parse.ts'

const seed = readFileSync(new URL('../../../content/review.md', import.meta.url), 'utf8')
const file = (value: string): VFile => new VFile({ value, path: 'article.md' })

describe('parseCached', () => {
  it('gives the same tree as one whole parse for the seed, before and after an edit', () => {
    const cached = parseCached()
    expect(cached(file(seed))).toEqual(parseWhole(file(seed)))
    const edited = seed.replace('推理能力', '推理能力（新）')
    expect(cached(file(edited))).toEqual(parseWhole(file(edited)))
  })

  it('gives the same tree as one whole parse across edits, definitions added and removed included', () => {
    const article = fc.array(fc.constantFrom(...nastyLines), { maxLength: 30 }).map(lines => lines.join('\n'))
    fc.assert(fc.property(article, article, (first, second) => {
      const cached = parseCached({ shortest: 0, longest: 0 })
      for (const text of [first, second, first + second, `${first}\n[a]: /new\n[^1]: new`, first])
        expect(cached(file(text))).toEqual(parseWhole(file(text)))
    }), { numRuns: 150 })
  })

  it('parses a kept piece again when a definition elsewhere makes its reference a link', () => {
    const cached = parseCached({ shortest: 0, longest: 0 })
    const before = '[a] and [^1]\n\n# Two\n\ntext\n'
    const after = `${before}\n[a]: /a\n\n[^1]: note\n`
    for (const text of [before, after, before])
      expect(cached(file(text))).toEqual(parseWhole(file(text)))
  })

  it('hands out trees the caller may change without touching the next result', () => {
    const cached = parseCached()
    const tree = cached(file(seed))
    tree.children.splice(0, tree.children.length)
    expect(cached(file(seed))).toEqual(parseWhole(file(seed)))
  })
})
