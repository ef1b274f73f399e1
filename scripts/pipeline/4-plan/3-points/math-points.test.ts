import type { Nodes, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { VFile } from 'vfile'
import { parse } from '../../1-parse/parse.ts'
import { prepare } from '../../2-prepare/prepare.ts'
import { markdownOptions } from '../../5-emit/markdown-options.ts'
import { plainText, slicePhrasing } from '../../text/phrasing.ts'
import { points } from './points.ts'

// The points of an article's blocks, each as [kind, what it shows, lines].
function shown(markdown: string): [string, string, number][] {
  const file = new VFile({ path: 'a.md', value: markdown })
  const tree = parse(file)
  prepare(tree, file, '.')
  return points(tree.children, { lang: 'en' } as Parameters<typeof points>[1]).map((point) => {
    const body: RootContent[] = point.kind === 'bullet' ? [point.item!] : point.body
    return [point.kind, toMarkdown({ type: 'root', children: body } as Nodes, markdownOptions).trim(), point.lines]
  })
}

describe('points of an article with math', () => {
  it.each<[string, [string, string, number][]]>([
    // A display formula is a block (a visual), sized by its rows; kramdown's and LaTeX's paragraphs too.
    ['$$\na = b\n$$', [['block', '$$\na = b\n$$', 2.5]]],
    ['$$ a = b $$', [['block', '$$\na = b\n$$', 2.5]]],
    ['\\[\n\\begin{aligned} a &= b \\\\\n c &= d \\end{aligned}\n\\]', [['block', '$$\n\\begin{aligned} a &= b \\\\\n c &= d \\end{aligned}\n$$', 4]]],
    // The sentence's comma or full stop inside the formula is left to the notes; a TeX thin space (\,) stays.
    ['$$\na = b,\n$$', [['block', '$$\na = b\n$$', 2.5]]],
    ['$$\na = b.\n$$', [['block', '$$\na = b\n$$', 2.5]]],
    ['$$\na = b\\,\n$$', [['block', '$$\na = b\\,\n$$', 2.5]]],
    // Inline math stays in its bullet, and in a lead (a heading) it stays a formula.
    ['The cost is $x^2$ here.', [['bullet', '- The cost is $x^2$ here', 1.3]]],
    ['### Computing $\\alpha$', [['lead', '**Computing $\\alpha$**', 1.3]]],
  ])('%j', (markdown, expected) => {
    expect(shown(markdown)).toEqual(expected)
  })
})

describe('a formula in plain text', () => {
  it('counts at its length but ends no sentence, and is never cut', () => {
    const nodes = [{ type: 'text', value: 'So ' }, { type: 'inlineMath', value: 'a! = b. c' }, { type: 'text', value: ' holds.' }] as const
    expect(plainText([...nodes])).toBe('So a· = b· c holds.')
    expect(slicePhrasing([...nodes], 0, 5)).toEqual([nodes[0], nodes[1]])
    expect(slicePhrasing([...nodes], 5, 20)).toEqual([{ type: 'text', value: ' holds.' }])
  })
})
