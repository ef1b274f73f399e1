import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { emojiShortcodes, mayHoldShortcodes } from './emoji-shortcodes.ts'

function shown(markdown: string): string {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  emojiShortcodes(tree)
  return toMarkdown(tree)
}

describe('emojiShortcodes', () => {
  it.each([
    // asyncapi's 2020 summary and mermaid's About page
    ['Thanks :sweat_smile: and :fu:\n', 'Thanks 😅 and 🖕\n'],
    ['## Entity Relationship Diagram - :exclamation: experimental\n', '## Entity Relationship Diagram - ❗ experimental\n'],
    [':trophy: Winner\n', '🏆 Winner\n'],
    // names with + and -, in a link and in emphasis
    ['Votes: :+1: :-1:\n', 'Votes: 👍 👎\n'],
    ['[:tada: release](https://example.com) *:rocket:*\n', '[🎉 release](https://example.com) *🚀*\n'],
  ])('shows %j as emoji', (markdown, expected) => {
    expect(shown(markdown)).toBe(expected)
  })

  it.each([
    ['a name gemoji does not know', 'This is :not_an_emoji_name: here.\n'],
    ['a time', 'At 12:30:45 sharp.\n'],
    ['inline code', 'Type `:tada:` to get it.\n'],
    ['a code block', '```\n:tada:\n```\n'],
    ['a run of colons', 'a::tada::b\n'],
    ['a role before inline code (d2l)', ':label:`sec_valueiter`\n'],
  ])('leaves %s as written', (_, markdown) => {
    expect(shown(markdown)).toBe(markdown)
  })

  it.each([[':tada:', true], ['12:30', false], ['a: b: c', false]])('mayHoldShortcodes(%j) → %s', (source, found) => {
    expect(mayHoldShortcodes(source)).toBe(found)
  })
})
