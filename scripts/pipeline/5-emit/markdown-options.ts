// The Markdown talkdown writes: mdast-util-to-markdown's settings and the escapes Slidev needs.
import type { Handle, Options } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'
import { defaultHandlers } from 'mdast-util-to-markdown'

// Slidev renders slides with markdown-it's typographer on (-- → –, ... → …, (c) → ©):
// an escape splits each such run so the text shows as written. Autolinks take no escapes.
// `after` is matched (consumed), so runs use a lookahead to escape every character of them.
const typographic = [
  { character: '-', after: '(?=-)' },
  { character: '.', after: '(?=\\.)' },
  { character: '(', after: '[cCrR]\\)|[tT][mM]\\)' },
  { character: '+', after: '-' },
  { character: ',', after: '(?=,)' },
  { character: '?', after: '\\?\\?\\?' },
  { character: '!', after: '!!!' },
]

// A pipe in a table cell's formula is escaped, as mdast-util-gfm-table does in code: both
// readers take `\|` for `|` (1-parse/tex-math.ts), and a pipe after an odd run of backslashes
// is already escaped (which cannot come from a cell: its `\|` was read as `|`).
// `peek` (the `$` a formula starts with) lets the text before it be escaped for what follows.
const inlineMath = mathToMarkdown().handlers!.inlineMath! as Handle & { peek?: Handle }
function inlineMathInTable(...[node, parent, state, info]: Parameters<Handle>): string {
  const value = inlineMath(node, parent, state, info)
  return state.stack.includes('tableCell') ? value.replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|') : value
}
inlineMathInTable.peek = inlineMath.peek

// `_` opens and closes emphasis only outside a word, and Chinese and Japanese run words together:
// "是_隐状态_" is no emphasis to markdown-it, so mdast-util-to-markdown wrote the neighbours as
// character references ("&#x662F;_&#x9690;状态_"), unreadable in slides.md. `*` may touch a word
// (CommonMark's flanking rules), so emphasis glued to a letter or digit is written with stars;
// elsewhere `_` stays. Without an `attention` of its own, the handler sees the characters around it.
const wordCharacter = /[\p{L}\p{N}]/u
function emphasis(...[node, parent, state, info]: Parameters<Handle>): string {
  if (!wordCharacter.test(info.before.slice(-1)) && !wordCharacter.test(info.after.charAt(0)))
    return defaultHandlers.emphasis(node, parent, state, info)
  const preferred = state.options.emphasis
  state.options.emphasis = '*'
  try {
    return defaultHandlers.emphasis(node, parent, state, info)
  }
  finally {
    state.options.emphasis = preferred
  }
}
emphasis.peek = defaultHandlers.emphasis.peek

/** How talkdown writes Markdown (the fast text handler of `markdown-parts.ts` aside). */
export const markdownOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '*',
  // Formulas (made inert in inert/tex.ts) as `$…$` and `$$…$$`, which Slidev's KaTeX typesets.
  extensions: [gfmToMarkdown(), mathToMarkdown(), { handlers: { inlineMath: inlineMathInTable, emphasis } }],
  unsafe: [
    { character: '$' },
    { character: '<' },
    { character: ':', atBreak: true, after: ':' },
    { character: '-', atBreak: true, after: '--' },
    ...typographic.map(pattern => ({ ...pattern, inConstruct: 'phrasing' as const, notInConstruct: ['autolink' as const] })),
  ],
}
