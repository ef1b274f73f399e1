import type { Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { prepare } from './prepare.ts'

function run(markdown: string, base = 'content') {
  const file = new VFile({ path: 'a.md' })
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const images = prepare(tree, file, base)
  return { text: toMarkdown(tree, { extensions: [gfmToMarkdown()] }), images, messages: file.messages.map(m => m.reason) }
}

describe('prepare', () => {
  it('resolves reference links', () => {
    expect(run('See [the docs][d].\n\n[d]: https://example.com\n').text).toContain('[the docs](https://example.com)')
  })
  it('puts a footnote right after the paragraph citing it', () => {
    const { text } = run('Claim.[^1]\n\nOther.\n\n[^1]: Source.\n')
    expect(text.indexOf('[1] Source.')).toBeLessThan(text.indexOf('Other.'))
    expect(text).not.toContain('[^1]')
  })
  it('rebases relative images and leaves remote ones, with a warning', () => {
    const { images, messages, text } = run('![a](img/a.png) ![b](https://example.com/b.png)\n')
    expect(images.map(image => image.url)).toEqual(['content/img/a.png'])
    expect(text).toContain('](./content/img/a.png)')
    expect(messages[0]).toMatch(/not downloaded at build time/)
  })
})
