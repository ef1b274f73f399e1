import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { calloutTitle, codeTags, mayHoldTemplateTags, mediaOf, templateTags } from './template-tags.ts'

function untagged(markdown: string): Root {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  templateTags(tree)
  return tree
}
const shown = (markdown: string): string => toMarkdown(untagged(markdown))

describe('templateTags', () => {
  it.each([
    // Hexo, with the text between its tags kept
    ['{% note info %}\n这是一条提示。\n{% endnote %}\n', '这是一条提示。\n'],
    ['前面的话 {% label primary@标签 %} 后面的话\n', '前面的话 后面的话\n'],
    // a callout keeps its title, as the first line of its text
    ['{% note warn Mac 用户 %}\n请先安装 Xcode。\n{% endnote %}\n', 'Mac 用户\n请先安装 Xcode。\n'],
    ['{{< notice warning title="Heads up" >}}\nCareful.\n{{< /notice >}}\n', 'Heads up\nCareful.\n'],
    // Jekyll / Liquid
    ['{% raw %}\n\nText.\n\n{% endraw %}\n', 'Text.\n'],
    ['See {{ "/about" | relative_url }} for more.\n', 'See for more.\n'],
    ['Posted on {{ page.date | date: "%Y-%m-%d" }}.\n', 'Posted on .\n'],
    ['Written by {{ site.author }}.\n', 'Written by .\n'],
    // a link to a tag (Jekyll's own blog): its words
    ['See our [documentation on the subject]({{ "/docs/themes/#assets" | relative_url }})\nfor more info.\n', 'See our documentation on the subject\nfor more info.\n'],
    ['[Full release notes]({{ "/docs/history/#v3-3-0" | relative_url }}) are available.\n', 'Full release notes are available.\n'],
    ['[Docs]({{< ref "docs/intro.md" >}})\n', 'Docs\n'],
    ['{%- include toc.html -%}\n\nBody.\n', 'Body.\n'],
    // Hugo, with and without a space after the brackets (`<figure` is then inline HTML)
    ['{{< notice warning >}}\nCareful here.\n{{< /notice >}}\n', 'Careful here.\n'],
    ['{{% alert %}}Be careful.{{% /alert %}}\n', 'Be careful.\n'],
    ['Text {{<figure src="a.png">}} more.\n', 'Text more.\n\n![](a.png)\n'],
    // an address in an attribute, which GFM reads as a link of its own
    ['{{< fig-quote class="nobox" title="Math fonts" link="https://typst.app/docs/reference/math/" >}}\nA quote.\n{{< /fig-quote >}}\n', 'A quote.\n'],
    // Go templates (the Go blog)
    ['{{image "ismmkeynote/image63.png"}}\n\nRick Hudson here.\n', '![](ismmkeynote/image63.png)\n\nRick Hudson here.\n'],
    // Nunjucks over several lines
    ['{% Aside %}\nAn aside.\n{% endAside %}\n', 'An aside.\n'],
    // In a list item and a heading
    ['- one {% fa fa-check %}\n- two\n', '* one\n* two\n'],
    ['## Title {{ page.title | upcase }}\n', '## Title\n'],
  ])('takes the tags out of %j', (markdown, expected) => {
    expect(shown(markdown)).toBe(expected)
  })

  it.each([
    ['a bare interpolation (the article may be about Vue)', 'Write {{ message }} in the template.\n'],
    ['tags in code', '```liquid\n{% if user %}{{ user.name | upcase }}{% endif %}\n```\n'],
    ['tags in inline code', 'Use `{% raw %}` here.\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(shown(markdown)).toBe(markdown)
  })

  it('puts an image shortcode\'s image after its paragraph, to be shown', () => {
    const tree = untagged('Intro {% asset_img flow.png 数据流图 %} text.\n')
    expect(tree.children.map(node => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(tree.children[1]).toMatchObject({ children: [{ type: 'image', url: 'flow.png', alt: '数据流图' }] })
    expect(tree.children[1]!.data?.talkdownNotesOnly).toBeUndefined()
  })

  it('puts a video shortcode\'s line after its paragraph, for the notes only', () => {
    const tree = untagged('Watch {{< youtube w7Ft2ymGmfc >}} now.\n')
    expect(tree.children[1]).toMatchObject({ data: { talkdownNotesOnly: true } })
  })

  it('drops a paragraph that was only tags', () => {
    expect(untagged('{% endnote %}\n\nText.\n').children).toHaveLength(1)
  })
})

describe('mediaOf', () => {
  it.each([
    ['{% asset_img flow.png 数据流图 %}', '![数据流图](flow.png)\n'],
    ['{% img left /images/a.jpg 300 200 "Title" "Alt text" %}', '![Title Alt text](/images/a.jpg)\n'],
    ['{{< figure src="/img/b.png" caption="A caption" >}}', '![A caption](/img/b.png)\n'],
    ['{% include image.html url="/c.png" description="A picture" %}', '![A picture](/c.png)\n'],
    ['{% Img src="image/abc/xyz.jpg", alt="Scroll chart", width="800", height="400" %}', '![Scroll chart](image/abc/xyz.jpg)\n'],
    ['{{< fig-img src="./math-02.png" title="数式の出力" link="./math-02.pdf" width="1176" >}}', '![数式の出力](./math-02.png)\n'],
    ['{{image "ismmkeynote/image63.png"}}', '![](ismmkeynote/image63.png)\n'],
    ['{% youtube dQw4w9WgXcQ %}', '▶ <https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n'],
    ['{{< youtube id="w7Ft2ymGmfc" title="A talk" >}}', '▶ [A talk](https://www.youtube.com/watch?v=w7Ft2ymGmfc)\n'],
    ['{{< vimeo 146022717 >}}', '▶ <https://vimeo.com/146022717>\n'],
    ['{% Video src="video/abc/demo.mp4" %}', '▶ [video/abc/demo.mp4](video/abc/demo.mp4)\n'],
  ])('reads %s', (tag, expected) => {
    const block = mediaOf(tag)
    expect(block && toMarkdown(block)).toBe(expected)
  })
  it.each(['{% endnote %}', '{{< /figure >}}', '{% note info %}', '{{ page.title | upcase }}', '{% img %}'])('finds no media in %s', (tag) => {
    expect(mediaOf(tag)).toBeUndefined()
  })
})

describe('codeTags', () => {
  it.each([
    ['Hugo', 'Before.\n\n{{< mermaid >}}\ngraph TD\n\nA --> B\n- C\n{{< /mermaid >}}\n\nAfter.\n', 'graph TD\n\nA --> B\n- C'],
    ['Hugo with %', '{{% mermaid %}}\nsequenceDiagram\n  A->>B: hi\n{{% /mermaid %}}\n', 'sequenceDiagram\n  A->>B: hi'],
    ['Jekyll and Hexo', '{% mermaid %}\nflowchart LR\n  a --> b\n{% endmermaid %}\n\nAfter.\n', 'flowchart LR\n  a --> b'],
  ])('reads a %s mermaid shortcode as a mermaid block, its source as written', (_, markdown, source) => {
    const tree: Root = unified().use(remarkParse).parse(markdown)
    codeTags(tree, markdown)
    const code = tree.children.find(node => node.type === 'code')
    expect(code).toMatchObject({ lang: 'mermaid', value: source })
    expect(tree.children.filter(node => node.type === 'paragraph').map(node => toMarkdown(node))).toEqual(markdown.includes('Before') ? ['Before.\n', 'After.\n'] : markdown.includes('After') ? ['After.\n'] : [])
  })
  it.each([
    ['Hugo\'s code-toggle, indented under a definition', 'Step 3\n: Change the cache.\n\n  {{< code-toggle file=hugo copy=true >}}\n  [caches.images]\n  dir = \':cacheDir/images\'\n  {{< /code-toggle >}}\n', 'toml', '[caches.images]\ndir = \':cacheDir/images\''],
    ['Hugo\'s highlight', '{{< highlight go "linenos=table" >}}\nfunc main() {\n\n  - x\n}\n{{< / highlight >}}\n', 'go', 'func main() {\n\n  - x\n}'],
    ['Jekyll\'s highlight', '{% highlight ruby linenos %}\ndef foo\n  puts \'foo\'\nend\n{% endhighlight %}\n', 'ruby', 'def foo\n  puts \'foo\'\nend'],
  ])('reads %s as a code block', (_, markdown, lang, source) => {
    const tree: Root = unified().use(remarkParse).parse(markdown)
    codeTags(tree, markdown)
    expect(tree.children.find(node => node.type === 'code')).toMatchObject({ lang, value: source })
  })
  it('leaves an unclosed shortcode to templateTags', () => {
    const markdown = '{{< mermaid >}}\ngraph TD\n'
    const tree: Root = unified().use(remarkParse).parse(markdown)
    codeTags(tree, markdown)
    expect(tree.children.map(node => node.type)).toEqual(['paragraph'])
  })
})

describe('calloutTitle', () => {
  it.each([
    ['{% note warn Mac 用户 %}', 'Mac 用户'],
    ['{% note info no-icon %}', ''],
    ['{% note %}', ''],
    ['{% details "Click to expand" %}', 'Click to expand'],
    ['{{< notice warning title="Heads up" >}}', 'Heads up'],
    ['{% asset_img a.png Title %}', ''],
  ])('%s → %j', (tag, title) => {
    expect(calloutTitle(tag)).toBe(title)
  })
})

describe('mayHoldTemplateTags', () => {
  it.each([['{% x %}', true], ['{{< x >}}', true], ['{{ a | b }}', true], ['plain { text }', false]])('%s → %s', (source, expected) => {
    expect(mayHoldTemplateTags(source)).toBe(expected)
  })
})
