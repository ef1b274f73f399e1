import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { proseText } from './prose.ts'

const tree = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root

describe('proseText', () => {
  it('leaves out code, inline code, HTML, URLs and autolinks', () => {
    const text = proseText(tree('我们写了 `parseConfig` 函数，见 https://example.com/a 和 <https://example.com/b>。\n\n```ts\nconst value = readTheWholeConfigurationFile()\n```\n\n<div class="note">English markup</div>\n'))
    expect(text.replace(/\s+/g, '')).toBe('我们写了函数，见和。')
  })
  it('keeps link text and stops near the limit', () => {
    expect(proseText(tree('See [the guide](https://example.com).'))).toBe('See  the guide .')
    expect(proseText(tree('word '.repeat(5000)), 100)).toHaveLength(100)
  })
})
