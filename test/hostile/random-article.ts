// Random Markdown articles built from nasty pieces (Vue, Slidev and HTML syntax, Markdown
// edge cases, CJK text), for the property tests and the e2e build of a sample of them.
import fc from 'fast-check'
import { mermaidPayloads, payloads } from './payloads.ts'

const nasty = [
  ...payloads,
  '{',
  '</v-click>',
  '![img](javascript:x)',
  '[ok](https://example.com)',
  '**bold**',
  '_em_',
  '*',
  '中文句子，有逗号。',
  '他说：“这是一句很长的引用，足够长了。”',
  'Plain words.',
]

const word = fc.constantFrom(...nasty)
const inline = fc.array(word, { minLength: 1, maxLength: 6 }).map(parts => parts.join(' '))
const lines = fc.array(inline, { minLength: 1, maxLength: 3 }).map(parts => parts.join('\n'))

const block: fc.Arbitrary<string> = fc.oneof(
  lines,
  fc.tuple(fc.integer({ min: 1, max: 4 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  inline.map(text => `${text}\n---`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), inline), { minLength: 1, maxLength: 5 }).map(items => items.map(([depth, text]) => `${'  '.repeat(depth)}- ${text}`).join('\n')),
  lines.map(text => text.split('\n').map(line => `> ${line}`).join('\n')),
  fc.tuple(fc.constantFrom('', 'js', 'mermaid', 'md', 'plantuml', 'ts {monaco}'), lines).map(([lang, text]) => `\`\`\`${lang}\n${text}\n\`\`\``),
  fc.constantFrom(...mermaidPayloads).map(diagram => `\`\`\`mermaid\n${diagram}\n\`\`\``),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a.replaceAll('|', '\\|')} | b |\n| --- | --- |\n| ${b.replaceAll('|', '\\|')} | c |`),
  lines.map(text => `<div>\n${text}\n</div>`),
  inline.map(text => `---\ntitle: ${text}\n---`),
  inline.map(text => `[^1]: ${text}`),
  // Display formulas: a `$$` block (hiding a slide break), `\[…\]`, kramdown's one-line `$$…$$`.
  fc.tuple(fc.constantFrom('$$\n', '\\[\n', '$$ '), inline, fc.constantFrom('\n---\n', '\n', ' x^2 ')).map(([open, text, middle]) => `${open}${text}${middle}${open.startsWith('\\') ? '\\]' : '$$'}`),
  fc.constantFrom('---', '***', '<!--', '-->', '::left::', '$$', '<<< @/package.json', '<style>body { display: none }</style>', '<iframe src="https://example.com"></iframe>'),
)

/** A random article of nasty blocks. */
export const article = fc.array(block, { minLength: 1, maxLength: 12 }).map(blocks => `${blocks.join('\n\n')}\n`)
