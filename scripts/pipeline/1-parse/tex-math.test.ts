import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseWhole } from './parse.ts'
import { usesMath } from './tex-math.ts'

// The first block's inline nodes as [type, value] (a block of its own: its type and value).
function first(text: string): [string, string][] {
  const block = parseWhole(text).children[0] as Nodes
  if (!('children' in block))
    return [[block.type, 'value' in block ? block.value : '']]
  return block.children.map(node => [node.type, 'value' in node ? node.value : ''])
}

describe('usesMath', () => {
  it.each([
    ['costs $5 per month, or $50 a year', false],
    ['$5 and $10', false],
    ['$10,350 raised', false],
    ['$5-$10', false],
    ['run `echo $HOME/$USER` first', false],
    ['- ```html\n  x\n  ```\n\ntext $x$', true],
    ['see \\[1\\] and \\(sic\\)', false],
    ['we have $x$ here', true],
    ['we have $x^2 + y$ here', true],
    ['$$\na = b\n$$', true],
    ['kramdown $$a$$ inline', true],
    ['\\(\\frac{1}{2}\\)', true],
    ['\\[\nx_1\n\\]', true],
  ])('%j → %s', (text, expected) => {
    expect(usesMath(text)).toBe(expected)
  })
})

describe('the parse of an article that uses math', () => {
  // Each case holds `$x$` so that the article uses math: money beside it stays text.
  it.each<[string, [string, string][]]>([
    ['costs $5 per month, or $50 a year, $x$', [['text', 'costs $5 per month, or $50 a year, '], ['inlineMath', 'x']]],
    ['$5 and $10 and $x$', [['text', '$5 and $10 and '], ['inlineMath', 'x']]],
    ['$10,350 or $x$', [['text', '$10,350 or '], ['inlineMath', 'x']]],
    ['$5-$10 and $x$', [['text', '$5-$10 and '], ['inlineMath', 'x']]],
    ['x $y $ z $w$', [['text', 'x $y $ z '], ['inlineMath', 'w']]],
    ['\\$x$ and $y$', [['text', '$x$ and '], ['inlineMath', 'y']]],
    ['$a$, $b$.', [['inlineMath', 'a'], ['text', ', '], ['inlineMath', 'b'], ['text', '.']]],
    ['text $$a^2$$ inline', [['text', 'text '], ['inlineMath', 'a^2'], ['text', ' inline']]],
    ['a \\(\\frac{1}{2}\\) b', [['text', 'a '], ['inlineMath', '\\frac{1}{2}'], ['text', ' b']]],
    ['\\(a^2 \\\\ b\\) and $x$', [['inlineMath', 'a^2 \\\\ b'], ['text', ' and '], ['inlineMath', 'x']]],
    ['an escaped \\[1\\] and $x$', [['text', 'an escaped [1] and '], ['inlineMath', 'x']]],
    ['\\[\n\\frac{a}{b}\n\\]', [['inlineMath', '\n\\frac{a}{b}\n']]],
    ['$$\n\\nabla_{\\theta} J\n$$', [['math', '\\nabla_{\\theta} J']]],
  ])('%j', (text, expected) => {
    expect(first(text)).toEqual(expected)
  })

  // A table cell's `\\|` is a pipe, in math too (as GitHub and Slidev read it); outside a table it is TeX's `\\|`.
  it.each([
    ['| a |\n| - |\n| $\\| x$ |', '| x'],
    ['| a |\n| - |\n| $\\|\\frac$ |', '|\\frac'],
    ['| a |\n| - |\n| $a \\\\\\| b$ |', 'a \\\\| b'],
    ['| a |\n| - |\n| $a \\\\ b$ |', 'a \\\\ b'],
    ['| a |\n| - |\n| \\(\\| \\frac{1}{2}\\) |', '| \\frac{1}{2}'],
    ['$\\| x$ outside a table', '\\| x'],
  ])('%j: the formula %j', (text, expected) => {
    const formulas: string[] = []
    visit(parseWhole(text), 'inlineMath', (node) => {
      formulas.push(node.value)
    })
    expect(formulas).toEqual([expected])
  })

  // A display formula: `$$` at a line's start, up to the first line that ends in `$$` before a blank line (as Slidev's KaTeX reads it).
  it.each<[string, [string, string][]]>([
    // d2l's Newton step: the first line is TeX, not remark-math's "meta"; what follows is an article again.
    ['$$\\nabla f(\\mathbf{x}) + \\mathbf{H} \\boldsymbol{\\epsilon} = 0 \\text{ and hence }\n\\boldsymbol{\\epsilon} = -\\mathbf{H}^{-1} \\nabla f(\\mathbf{x}).$$\n\n# Next', [['math', '\\nabla f(\\mathbf{x}) + \\mathbf{H} \\boldsymbol{\\epsilon} = 0 \\text{ and hence }\n\\boldsymbol{\\epsilon} = -\\mathbf{H}^{-1} \\nabla f(\\mathbf{x}).'], ['heading', '']]],
    ['$$\na = b\n$$\n\nafter', [['math', 'a = b'], ['paragraph', '']]],
    ['$$ \\begin{aligned}\na &= b \\\\\n- c\n\\end{aligned}\n$$', [['math', '\\begin{aligned}\na &= b \\\\\n- c\n\\end{aligned}']]],
    ['$$\na = b $$  \nafter', [['math', 'a = b'], ['paragraph', '']]],
    ['text\n$$a\nb$$', [['paragraph', ''], ['math', 'a\nb']]],
    ['- item\n\n  $$a\n  b$$', [['list', '']]],
    ['> $$a\n> b$$', [['blockquote', '']]],
    // One line: inline math, which 2-prepare/display-math.ts makes a display formula when it is alone.
    ['$$a$$ and b', [['paragraph', '']]],
    // Unclosed: text up to the blank line (or a heading), never the rest of the article.
    ['$$a\nb\n\n# Next\n\ntext', [['paragraph', ''], ['heading', ''], ['paragraph', '']]],
    ['$$\na\n\ntext $$', [['paragraph', ''], ['paragraph', '']]],
    ['$$a\n# b\nc $$', [['paragraph', ''], ['heading', ''], ['paragraph', '']]],
  ])('%j', (text, expected) => {
    expect(parseWhole(`${text}\n\n$x$`).children.slice(0, -1).map(node => [node.type, node.type === 'math' ? node.value : ''])).toEqual(expected)
  })

  it('reads an unclosed `$$` as text', () => {
    expect(first('$$a\nb')).toEqual([['text', '$$a\nb']])
  })

  it('leaves an article without math to plain Markdown, dollars and all', () => {
    expect(first('$5 and $10, \\(sic\\)')).toEqual([['text', '$5 and $10, (sic)']])
  })
})
