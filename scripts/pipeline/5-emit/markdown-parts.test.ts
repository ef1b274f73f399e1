import type { RootContent } from 'mdast'
import { tests } from 'commonmark-spec'
import fc from 'fast-check'
import { toMarkdown } from 'mdast-util-to-markdown'
import { visit } from 'unist-util-visit'
import { parseWhole } from '../1-parse/parse.ts'
import { markdownOptions } from './markdown-options.ts'
import { markdownParts } from './markdown-parts.ts'

// What each part gives written on its own with the serializer's own handlers.
function reference(parts: RootContent[][]): string[] {
  return parts.map(part => toMarkdown({ type: 'root', children: part }, markdownOptions).trim())
}

// Inline runs the escapes care about: punctuation runs, typographer runs, attention next to text.
const inline = fc.array(fc.constantFrom('a', '中文', ' ', '!', '!!!!', '...', '--', '(c)', '(tm)', '+-', ',,', '???', '*', '**b**', '_e_', '__', '`c`', '#', '\\', '\\*', '&amp;', '<', '$', ':', '::', '[x]', '[l](http://a.b)', '<http://a.b>', 'www.a.b', 'a@b.co', '1.', '-', '|', '~', '\t', '\u00A0'), { minLength: 1, maxLength: 12 }).map(words => words.join(''))
const block = fc.oneof(inline, inline.map(text => `- ${text}\n- ${text}`), inline.map(text => `> ${text}`), inline.map(text => `# ${text}`), fc.constantFrom(...tests.map(example => example.markdown)))
// Front matter never reaches a slide (the outline leaves it out).
const part = fc.array(block, { maxLength: 4 }).map(blocks => parseWhole(blocks.join('\n\n')).children.filter(node => node.type !== 'yaml'))

describe('markdownParts', () => {
  it('writes each part as the serializer does on its own, for any mix of parts', () => {
    fc.assert(fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
      expect(markdownParts(parts)).toEqual(reference(parts))
    }), { numRuns: 500 })
  })

  // A pipe in a table cell's formula is escaped as in code, and the parse reads the same formula back.
  it.each([
    ['| a |\n| - |\n| $\\| x$ |', '| a      |\n| ------ |\n| $\\| x$ |'],
    ['| a |\n| - |\n| $a \\\\\\| b$ |', '| a          |\n| ---------- |\n| $a \\\\\\| b$ |'],
    ['$a | b$ outside a table', '$a | b$ outside a table'],
  ])('%j → %j', (text, expected) => {
    const formulas = (markdown: string): string[] => {
      const values: string[] = []
      visit(parseWhole(markdown), 'inlineMath', (node) => {
        values.push(node.value)
      })
      return values
    }
    const [written] = markdownParts([parseWhole(text).children])
    expect(written).toBe(expected)
    expect(formulas(written!)).toEqual(formulas(text))
  })

  it('writes parts holding its marker each on their own', () => {
    const parts: RootContent[][] = [[{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }], [{ type: 'html', value: '<!--talkdown\u0000part-->' }], []]
    expect(markdownParts(parts)).toEqual(reference(parts))
  })
})
