import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { emptyTags, mayHoldEmptyTags } from './empty-tags.ts'

function stripped(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  emptyTags(tree)
  return toMarkdown(tree)
}

describe('emptyTags', () => {
  it.each([
    ['an icon in a heading (OpenTelemetry)', '### 多言語ドキュメント <i class="fa-solid fa-language"></i>\n', '### 多言語ドキュメント\n'],
    ['an anchor before a sentence', '<a id="install"></a>Install it first.\n', 'Install it first.\n'],
    ['an empty span with spaces inside', 'Done <span class="x"> </span> here.\n', 'Done here.\n'],
  ])('takes out %s', (_, markdown, expected) => {
    expect(stripped(markdown)).toBe(expected)
  })

  it.each([
    ['an element with words', 'A <i>word</i> stays.\n'],
    ['an embed', 'See <iframe src="https://x.test"></iframe> here.\n'],
    ['a tag in code', '`<i class="fa"></i>` is an icon.\n'],
  ])('leaves %s', (_, markdown) => {
    expect(stripped(markdown)).toBe(markdown)
  })

  it.each([['x <i class="a"></i>', true], ['x <i class="a"> </i>', true], ['x <i>y</i>', false]])('mayHoldEmptyTags(%j) → %s', (source, found) => {
    expect(mayHoldEmptyTags(source)).toBe(found)
  })
})
