import type { Code, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { includeDirectives, mayHoldIncludes, onlyIncludes } from './include-directives.ts'

describe('onlyIncludes', () => {
  it.each([
    ['{{#rustdoc_include ../listings/ch04/listing-04-01/src/main.rs:here}}', true],
    ['{{#include ../listings/a.rs}}\n{{#include ../listings/b.rs:2:5}}\n', true],
    ['  {{#playground example.rs}}  ', true],
    ['fn main() {}\n{{#include a.rs}}', false],
    ['let s = "{{#include a.rs}}";', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(onlyIncludes(value)).toBe(expected)
  })
})

describe('includeDirectives', () => {
  it('sends a code block of includes to the notes, and leaves code alone', () => {
    const tree = unified().use(remarkParse).parse('```rust\n{{#rustdoc_include ../a.rs:here}}\n```\n\n```rust\nfn main() {}\n```\n') as Root
    includeDirectives(tree)
    expect(tree.children.map(node => (node as Code).data?.talkdownNotesOnly)).toEqual([true, undefined])
  })

  it('sends the file-name label above such a block to the notes too', () => {
    const tree = unified().use(remarkParse).parse('<span class="filename">文件名：src/main.rs</span>\n\n```rust\n{{#rustdoc_include ../a.rs}}\n```\n\n<span class="filename">文件名：src/lib.rs</span>\n\n```rust\nfn main() {}\n```\n') as Root
    includeDirectives(tree)
    expect(tree.children.map(node => node.data?.talkdownNotesOnly)).toEqual([true, true, undefined, undefined])
  })

  it.each([['{{#include a.rs}}', true], ['{{ page.title }}', false]])('knows whether %j may hold one', (source, expected) => {
    expect(mayHoldIncludes(source)).toBe(expected)
  })
})
