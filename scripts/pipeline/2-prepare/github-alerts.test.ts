import type { Blockquote, Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { githubAlerts, mayHoldAlerts } from './github-alerts.ts'

function prepared(markdown: string): Root {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  githubAlerts(tree)
  return tree
}

describe('githubAlerts', () => {
  it.each([
    ['a marker on the line before its text', '> [!NOTE]\n> プロセッサ ホストは待機しません。\n', '> プロセッサ ホストは待機しません。\n'],
    ['a marker before a blank line', '> [!WARNING]\n>\n> Back up first.\n', '> Back up first.\n'],
    ['a marker in lower case', '> [!tip]\n> Use the cache.\n', '> Use the cache.\n'],
  ])('takes out %s and marks an aside', (_, markdown, expected) => {
    const tree = prepared(markdown)
    expect(toMarkdown(tree)).toBe(expected)
    expect((tree.children[0] as Blockquote).data?.talkdownAside).toBe(true)
  })

  it.each([
    ['a saying', '> To be or not to be.\n'],
    ['a marker inside a sentence', '> See [!NOTE] below.\n'],
    ['an unknown marker', '> [!FOO]\n> Text.\n'],
  ])('leaves %s', (_, markdown) => {
    const tree = prepared(markdown)
    expect(toMarkdown(tree)).toBe(markdown.replace('[!', '\\[!'))
    expect((tree.children[0] as Blockquote).data?.talkdownAside).toBeUndefined()
  })

  it.each([['> [!NOTE]\n> x', true], ['  > [!Caution] x', true], ['[!NOTE] x', false], ['> See [!NOTE]', false]])('mayHoldAlerts(%j) → %s', (source, found) => {
    expect(mayHoldAlerts(source)).toBe(found)
  })
})
