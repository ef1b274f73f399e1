import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { franklinMarkup, mayHoldFranklin } from './franklin-markup.ts'

function run(source: string): string[] {
  const tree = unified().use(remarkParse).parse(source) as Root
  franklinMarkup(tree, source)
  return tree.children.map(node => node.type)
}

describe('franklinMarkup', () => {
  it.each([
    ['@def title = "A"\n@def hascode = true\n\nText.\n', ['paragraph']],
    ['Text.\n\n\\toc\n\n## Part\n', ['paragraph', 'heading']],
    ['~~~\n<img src="a.png"/>\n~~~\n', ['html']],
    ['~~~\nplain text in a tilde fence\n~~~\n', ['code']],
    ['```\n<img src="a.png"/>\n```\n', ['code']],
    ['~~~julia\n<x>\n~~~\n', ['code']],
  ])('%j → %j', (source, expected) => {
    expect(run(source)).toEqual(expected)
  })

  it('looks only at a page with a @def line', () => {
    expect(mayHoldFranklin('@def title = "A"\n')).toBe(true)
    expect(mayHoldFranklin('Write @def title = "A" to set it.\n')).toBe(false)
  })
})
