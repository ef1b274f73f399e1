import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { parseCached } from './parse-cached.ts'
import { parse } from './parse.ts'

const seed = readFileSync(new URL('../../content/review.md', import.meta.url), 'utf8')
const file = (value: string): VFile => new VFile({ value, path: 'article.md' })

// Lines that open, close or hide headings: fences (indented, with backticks in the
// info string), front matter, lists, quotes, setext underlines, tables.
const cuttable = ['# 一', '## Two', '### 3.1 三', '####### seven', '#tag', '  # indented', '```', '```js', '``` a`b', '~~~~', '  ```', '    ```', '---', '+++', 'title: x', '# yaml comment', '- item', '  - nested', '> quote', '> ```', 'text **bold** 文字。', '===', '| a | b |', '| - | - |', '', '', '\t```', '$$']
// Lines after which nothing is cut: HTML, definitions, lone CR line endings.
const blockers = ['<div>', '<!-- c', '-->', '[a]: /url', '[^1]: note', 'see [^1] and [a]', 'x\r']

describe('parseCached', () => {
  it('gives the same tree as parse() for the seed, before and after an edit', () => {
    const cached = parseCached()
    expect(cached(file(seed))).toEqual(parse(file(seed)))
    const edited = seed.replace('推理能力', '推理能力（新）')
    expect(cached(file(edited))).toEqual(parse(file(edited)))
  })

  it.each([['cuttable lines', cuttable], ['any lines', [...cuttable, ...blockers]]])('gives the same tree as parse() for %s, across edits', (_, fragments) => {
    const article = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map(lines => lines.join('\n'))
    fc.assert(fc.property(article, article, (first, second) => {
      const cached = parseCached()
      expect(cached(file(first))).toEqual(parse(file(first)))
      expect(cached(file(second))).toEqual(parse(file(second)))
      expect(cached(file(first + second))).toEqual(parse(file(first + second)))
    }), { numRuns: 300 })
  })

  it('hands out trees the caller may change without touching the next result', () => {
    const cached = parseCached()
    const tree = cached(file(seed))
    tree.children.splice(0, tree.children.length)
    expect(cached(file(seed))).toEqual(parse(file(seed)))
  })
})
