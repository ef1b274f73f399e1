// The Markdown talkdown writes: mdast-util-to-markdown's settings and the escapes Slidev needs.
import type { Handle, Options } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'

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

/** How talkdown writes Markdown (the fast text handler of `markdown-parts.ts` aside). */
export const markdownOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '*',
  // Formulas (made inert in inert/tex.ts) as `$…$` and `$$…$$`, which Slidev's KaTeX typesets.
  extensions: [gfmToMarkdown(), mathToMarkdown(), { handlers: { inlineMath: inlineMathInTable } }],
  unsafe: [
    { character: '$' },
    { character: '<' },
    { character: ':', atBreak: true, after: ':' },
    { character: '-', atBreak: true, after: '--' },
    ...typographic.map(pattern => ({ ...pattern, inConstruct: 'phrasing' as const, notInConstruct: ['autolink' as const] })),
  ],
}
