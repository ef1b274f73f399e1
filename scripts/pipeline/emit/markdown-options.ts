// The Markdown talkdown writes: mdast-util-to-markdown's settings and the escapes Slidev needs.
import type { Options } from 'mdast-util-to-markdown'
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

/** How talkdown writes Markdown (the fast text handler of `markdown-parts.ts` aside). */
export const markdownOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '*',
  // Formulas (made inert in inert/tex.ts) as `$…$` and `$$…$$`, which Slidev's KaTeX typesets.
  extensions: [gfmToMarkdown(), mathToMarkdown()],
  unsafe: [
    { character: '$' },
    { character: '<' },
    { character: ':', atBreak: true, after: ':' },
    { character: '-', atBreak: true, after: '--' },
    ...typographic.map(pattern => ({ ...pattern, inConstruct: 'phrasing' as const, notInConstruct: ['autolink' as const] })),
  ],
}
