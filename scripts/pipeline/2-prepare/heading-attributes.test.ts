import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { headingAttributes, withoutHeadingAttributes } from './heading-attributes.ts'

function heading(markdown: string): Heading {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  headingAttributes(tree)
  return tree.children[0] as Heading
}

describe('headingAttributes', () => {
  it.each([
    ['## Overall satisfaction {#sentiment}', 'Overall satisfaction', 'sentiment'],
    ['## Who {.unnumbered}', 'Who', undefined],
    ['## Where {#work .wide data-order=3 title="a b"}', 'Where', 'work'],
    ['## 概述 {: #overview}', '概述', 'overview'],
    ['## *Emphasis* then text {#e}', 'Emphasis then text', 'e'],
    ['## Support for preloading {/*support-for-preloading*/}', 'Support for preloading', 'support-for-preloading'],
  ])('takes the attributes off %s', (markdown, title, id) => {
    const node = heading(markdown)
    expect(toString(node)).toBe(title)
    expect(node.data?.talkdownId).toBe(id)
  })
  it.each(['## Braces {in the title}', '## Set {a, b}', '## Code `{#x}`'])('leaves %s as written', (markdown) => {
    expect(toString(heading(markdown))).toBe(markdown.slice(3).replaceAll('`', ''))
  })
  it('strips the same syntax from text', () => {
    expect(withoutHeadingAttributes('Results {#r .x}')).toBe('Results')
    expect(withoutHeadingAttributes('Results {/r/}')).toBe('Results')
  })
})
