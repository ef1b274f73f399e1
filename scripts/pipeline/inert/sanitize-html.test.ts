import type { Html, Paragraph } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseWhole } from '../1-parse/parse.ts'
import { htmlAsText, sanitizeBlock, sanitizePhrasing } from './sanitize-html.ts'

function first<T>(markdown: string): T {
  return unified().use(remarkParse).parse(markdown).children[0] as T
}

describe('sanitizePhrasing', () => {
  it('keeps presentational tags as Markdown', () => {
    const paragraph = first<Paragraph>('Water is H<sub>2</sub>O and <b>bold</b><br>next')
    const out = toMarkdown({ type: 'paragraph', children: sanitizePhrasing(paragraph.children) })
    expect(out).toContain('**bold**')
    expect(out).not.toContain('<')
  })
  it('drops event handlers and scripts', () => {
    const paragraph = first<Paragraph>('x <img src="https://example.com/x.png" onerror="alert(1)"> <script>alert(2)</script> y')
    const out = toMarkdown({ type: 'paragraph', children: sanitizePhrasing(paragraph.children) })
    expect(out).not.toMatch(/onerror|alert\(2\)|<script/)
    expect(out).toContain('![](https://example.com/x.png)')
  })

  it('keeps only the alt text of an HTML image with a local source (Slidev would bundle it)', () => {
    const paragraph = first<Paragraph>('x <img src=x alt="a chart"> y')
    expect(toMarkdown({ type: 'paragraph', children: sanitizePhrasing(paragraph.children) })).toBe('x a chart y\n')
  })

  // A formula beside HTML stays a formula (it came back as code), other code stays code.
  it.each<[string, [string, string][]]>([
    ['$x^2$<br>y', [['inlineMath', 'x^2'], ['break', ''], ['text', 'y']]],
    ['a <!-- c --> $\\| x$', [['text', 'a '], ['inlineMath', '\\| x']]],
    ['`x^2` and <b>b</b>', [['inlineCode', 'x^2'], ['text', ' and '], ['strong', '']]],
    ['<code class="language-js">x</code> <i>i</i>', [['inlineCode', 'x'], ['text', ' '], ['emphasis', '']]],
  ])('%j → %j', (markdown, expected) => {
    const paragraph = parseWhole(markdown).children[0] as Paragraph
    expect(sanitizePhrasing(paragraph.children).map(node => [node.type, 'value' in node ? node.value : ''])).toEqual(expected)
  })
})

describe('sanitizeBlock', () => {
  it('keeps a figure image and drops an iframe', () => {
    expect(sanitizeBlock(first<Html>('<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>')).length).toBeGreaterThan(0)
    expect(sanitizeBlock(first<Html>('<iframe src="https://evil.example"></iframe>'))).toEqual([])
  })
})

describe('htmlAsText', () => {
  it('turns HTML into literal text for the notes', () => {
    const out = toMarkdown({ type: 'root', children: htmlAsText([first<Paragraph>('a <b>c</b>'), first<Html>('<div>x</div>')]) })
    expect(out).toContain('\\<b>c\\</b>')
    expect(out).toContain('```html\n<div>x</div>\n```')
  })
})
