import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { imageRows } from './image-rows.ts'

function split(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  imageRows(tree)
  return toMarkdown(tree)
}

describe('imageRows', () => {
  it.each([
    ['three in a row', '![a](a.svg) ![b](b.svg) ![c](c.svg)\n', '![a](a.svg)\n\n![b](b.svg)\n\n![c](c.svg)\n'],
    ['over lines', '![a](a.svg)\n![b](b.svg)\n![c](c.svg)\n', '![a](a.svg)\n\n![b](b.svg)\n\n![c](c.svg)\n'],
    ['in a list item', '* ![a](a.svg) ![b](b.svg) ![c](c.svg)\n', '* ![a](a.svg)\n\n  ![b](b.svg)\n\n  ![c](c.svg)\n'],
  ])('gives each image of %s its own paragraph', (_, markdown, expected) => {
    expect(split(markdown)).toBe(expected)
  })

  it.each([
    ['a pair (a before and after)', '![a](a.svg) ![b](b.svg)\n'],
    ['one image', '![a](a.svg)\n'],
    ['images with words', 'See ![a](a.svg) ![b](b.svg) ![c](c.svg)\n'],
    ['linked badges', '[![a](a.svg)](x) [![b](b.svg)](y) [![c](c.svg)](z)\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(split(markdown)).toBe(markdown)
  })
})
