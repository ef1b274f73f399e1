import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { mayHoldMdxCodeBlocks, mdxCodeBlocks } from './mdx-code-blocks.ts'

function unwrapped(markdown: string): Root {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  mdxCodeBlocks(tree, markdown)
  return tree
}

describe('mdxCodeBlocks', () => {
  it.each([
    ['a diagram in a component', 'Intro.\n\n````mdx-code-block\n<BrowserWindow>\n\n```mermaid\ngraph TD;\n  A-->B;\n```\n\n</BrowserWindow>\n````\n', 'Intro.\n\n<BrowserWindow>\n\n```mermaid\ngraph TD;\n  A-->B;\n```\n\n</BrowserWindow>\n'],
    ['prose with emphasis', '```mdx-code-block\nSome **bold** text.\n```\n', 'Some **bold** text.\n'],
    ['an empty block', 'A.\n\n```mdx-code-block\n```\n', 'A.\n'],
  ])('parses %s in place of the fence', (_, markdown, expected) => {
    expect(toMarkdown(unwrapped(markdown))).toBe(expected)
  })

  it.each([
    ['a Markdown example', '````md\n```mermaid\ngraph TD;\n```\n````\n'],
    ['an MDX example', '```mdx\n<Tabs>\n```\n'],
  ])('leaves %s as code', (_, markdown) => {
    expect(toMarkdown(unwrapped(markdown))).toBe(markdown)
  })

  it('points the content at its lines in the article', () => {
    const markdown = 'Intro.\n\n```mdx-code-block\nFirst.\n\nSecond.\n```\n'
    const second = unwrapped(markdown).children[2]!
    expect(second.position?.start.line).toBe(6)
    expect(markdown.slice(second.position!.start.offset, second.position!.end.offset)).toBe('Second.')
  })

  it.each([
    ['```mdx-code-block\n', true],
    ['```mdx\n', false],
  ])('knows whether %j may hold one', (source, expected) => {
    expect(mayHoldMdxCodeBlocks(source)).toBe(expected)
  })
})
