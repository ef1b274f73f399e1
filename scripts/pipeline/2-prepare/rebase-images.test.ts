import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { rebaseImages } from './rebase-images.ts'

function run(markdown: string, exists: (url: string) => boolean = () => false) {
  const file = new VFile({ path: 'a.md' })
  const tree = unified().use(remarkParse).parse(markdown) as Root
  const images = rebaseImages(tree, 'content', file, exists)
  return { tree, images, messages: file.messages.map(m => `${m.line}:${m.column} ${m.reason}`) }
}

describe('rebaseImages', () => {
  it('reports a missing relative or root-absolute image at its line and column, and marks it', () => {
    const { tree, messages } = run('Text\n\nSee ![a chart](img/a.png) and ![](/images/b.jpg)\n')
    expect(messages).toEqual([
      '3:5 Image `img/a.png` not found (looked for content/img/a.png); the slide shows a placeholder',
      '3:31 Image `/images/b.jpg` not found (looked for public/images/b.jpg); the slide shows a placeholder',
    ])
    const paragraph = tree.children[1]!
    // No URL for Slidev's bundler to resolve; the placeholder names the file.
    expect(JSON.stringify(paragraph)).not.toContain('"url":"img/a.png"')
    expect(JSON.stringify(paragraph)).toContain('"talkdownMissing":true,"talkdownMissingUrl":"img/a.png"')
  })
  it('rebases an image that is there and asks about the rebased URL', () => {
    const asked: string[] = []
    const { tree, images, messages } = run('![a](img/a%20b.png?v=2)\n', url => Boolean(asked.push(url)))
    expect(asked).toEqual(['content/img/a b.png'])
    expect(images[0]).toMatchObject({ url: 'content/img/a b.png', found: true })
    expect(messages).toEqual([])
    expect(JSON.stringify(tree)).toContain('"url":"./content/img/a b.png"')
  })
  it('shows an HTML block of images as Markdown images, and checks every <img> and <source>', () => {
    const { tree, messages } = run('Intro\n\n<p align="center">\n  <picture><source srcset="a.webp 1x, a2.webp 2x"><img src="a.png" alt="A"></picture>\n</p>\n')
    expect(messages.map(m => `${m.split(' ')[0]}${m.split(' ')[2]}`)).toEqual(['4:12`a.webp`', '4:12`a2.webp`', '4:51`a.png`'])
    const html = tree.children[1]!
    expect(html.type).toBe('html')
    expect(html.data?.talkdownImages?.map(image => image.alt)).toEqual(['A'])
  })
  it('shows a figure with its caption as its image (a missing one as a placeholder)', () => {
    const { tree, messages } = run('<figure>\n\t<img alt="Pete Hunt at JSConfEU 2013" src="/media/talk.jpg">\n\t<figcaption>Screenshot from <a href="https://example.com">a talk</a></figcaption>\n</figure>\n')
    expect(messages).toHaveLength(1)
    expect(tree.children[0]!.data?.talkdownImages?.map(image => image.alt)).toEqual(['Pete Hunt at JSConfEU 2013'])
  })
  it('shows a script-drawn chart by the picture its <noscript> holds, its row of download links left to the notes', () => {
    const { tree } = run('<div>\n  <div class="bar-chart"><noscript>\n<img alt="domains" src="d.png"/>\n</noscript></div>\n  <div><span>[<a href="d.png">PNG</a>]</span>&nbsp;<span>[<a href="d.svg">SVG</a>]</span></div>\n</div>\n')
    expect(tree.children[0]!.data?.talkdownImages?.map(image => image.alt)).toEqual(['domains'])
  })
  it('shows an image with a caption a site styles as one (Franklin\'s <div class="desc">) as that image', () => {
    const { tree } = run('<img src="t.png" alt="Treebank"/>\n<div class="desc">\n  Using ML with <a href="x">trees</a>.\n</div>\n')
    expect(tree.children[0]!.data?.talkdownImages?.map(image => image.alt)).toEqual(['Treebank'])
  })
  it('leaves an HTML block with words besides its image as HTML', () => {
    const { tree } = run('<p><img src="d.png"> and some words <a href="x">PNG</a></p>\n')
    expect(tree.children[0]!.data?.talkdownImages).toBeUndefined()
  })
  it('shows an <img> whose attributes run over lines (a paragraph of inline HTML) as the paragraph\'s image', () => {
    const { tree, images, messages } = run('Text\n\n<img alt="Two tables: the first\ntable" src="img/t.svg" class="center"\nstyle="width: 50%;" />\n', () => true)
    expect(messages).toEqual([])
    expect(images.map(image => image.url)).toEqual(['content/img/t.svg'])
    expect(tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'image', url: './content/img/t.svg', alt: 'Two tables: the first table' }] })
  })
  it('shows a paragraph of <img> tags broken over lines (the Go survey\'s row of charts) as its images', () => {
    const { tree, images } = run('<img src="a.svg" alt="Where do you\nlive?" class="chart" /> <img\nsrc="b.svg" alt="How old are you?"\nclass="chart" />\n', () => true)
    expect(images.map(image => image.url)).toEqual(['content/a.svg', 'content/b.svg'])
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'image', alt: 'Where do you live?' }, { type: 'image', alt: 'How old are you?' }] })
  })
  it('leaves a paragraph of <img> tags and words as inline HTML', () => {
    const { tree } = run('See <img src="a.svg" alt="A" /> and <img src="b.svg" alt="B" />\n', () => true)
    expect((tree.children[0] as { children: Array<{ type: string }> }).children.map(child => child.type)).toEqual(['text', 'html', 'text', 'html'])
  })
  it('leaves an <img> inside prose as inline HTML', () => {
    const { tree } = run('An icon <img src="i.png"> here.\n', () => true)
    expect(JSON.stringify(tree.children[0])).toContain('"type":"html"')
  })
  it('keeps a remote image, with a warning, and never asks whether it exists', () => {
    const { images, messages } = run('![r](https://example.com/r.png)\n', () => {
      throw new Error('asked')
    })
    expect(images).toEqual([])
    expect(messages[0]).toMatch(/^1:1 Remote image .* not downloaded at build time/)
  })
})
