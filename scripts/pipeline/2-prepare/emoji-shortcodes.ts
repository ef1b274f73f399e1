// GitHub-style emoji shortcodes (`:tada:`, `:sweat_smile:`) are markup: GitHub, GitLab,
// Docusaurus and many blog themes show the emoji, and a talk showing ":fu:" shows the source.
// Each shortcode gemoji knows (gemoji.ts: every alias GitHub renders) becomes its emoji, in
// prose only: code and inline code are other node types, and a name gemoji does not know
// (`:not_an_emoji:`, `12:30:45`) stays as written, and so does a role before inline code
// (d2l's and Sphinx's `:label:`sec_x``, `:numref:`fig``), which is no emoji.
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { gemojiOf } from './gemoji.ts'

// Not inside a word or a longer run of colons (`a:b:c`, `::x::`).
const shortcode = /(?<![\w:]):([\w+-]+):(?![\w:])/g

/** Whether `source` may hold an emoji shortcode: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldShortcodes(source: string): boolean {
  return /:[\w+-]+:/.test(source)
}

/** Replace the emoji shortcodes in the text of `tree` (in place). */
export function emojiShortcodes(tree: Root): void {
  visit(tree, 'text', (text, index, parent) => {
    const beforeCode = parent?.children[(index ?? -1) + 1]?.type === 'inlineCode'
    text.value = text.value.replace(shortcode, (written, name: string, at: number) =>
      beforeCode && at + written.length === text.value.length ? written : gemojiOf(name) ?? written)
  })
}
