import type { Nodes } from 'mdast'
import { plainTitle, texPlain, titleFromText, titleNodes, titleOf } from './title-math.ts'

const heading = (...children: Nodes[]): Nodes => ({ type: 'heading', depth: 3, children } as Nodes)

describe('texPlain', () => {
  it.each([
    ['\\mathcal{O}(n^4)', 'O(n⁴)'],
    ['\\mathcal{O}(n^2m)', 'O(n²m)'],
    ['\\Delta', 'Δ'],
    ['\\Delta > 0.', 'Δ > 0.'],
    ['sol\\geq f.', 'sol≥ f.'],
    ['u[i]+v[j]\\leq A[i][j]', 'u[i]+v[j]≤ A[i][j]'],
    ['x_{ij}', 'xᵢⱼ'],
    ['x_{ab}', 'x_(ab)'],
    ['x_1 + y_{10}', 'x₁ + y₁₀'],
    ['e^{(k+1)}', 'e^((k+1))'],
    ['\\frac{1}{2} x^2', '1/2 x²'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\sqrt{n}', '√n'],
    ['\\mathbb{R}^d', 'ℝ^d'],
    ['\\mathbf{H}^{-1}', 'H⁻¹'],
    ['\\boldsymbol{\\epsilon}^\\top', 'εᵀ'],
    ['\\left( a \\right)', '( a )'],
    ['\\operatorname{argmin}_x f', 'argmin_x f'],
    ['\\text{ and hence }', 'and hence'],
    ['\\unknown{x}', 'unknownx'],
    ['a^', 'a^'],
    ['\\{1, 2\\}', '{1, 2}'],
  ])('%j → %j', (tex, expected) => {
    expect(texPlain(tex)).toBe(expected)
  })
})

describe('titles with formulas', () => {
  // [the heading's children, the title, its Markdown phrasing as [type, value], its plain form]
  it.each<[Nodes[], string, [string, string][], string]>([
    [[{ type: 'text', value: 'The ' }, { type: 'inlineMath', value: '\\mathcal{O}(n^4)' }, { type: 'text', value: ' algorithm' }], 'The $\\mathcal{O}(n^4)$ algorithm', [['text', 'The '], ['inlineMath', '\\mathcal{O}(n^4)'], ['text', ' algorithm']], 'The O(n⁴) algorithm'],
    [[{ type: 'text', value: 'Costs $5 and $10' }], 'Costs \\$5 and \\$10', [['text', 'Costs $5 and $10']], 'Costs $5 and $10'],
    [[{ type: 'text', value: 'C:\\' }, { type: 'inlineMath', value: 'x' }], 'C:\\\\$x$', [['text', 'C:\\'], ['inlineMath', 'x']], 'C:\\x'],
    [[{ type: 'emphasis', children: [{ type: 'inlineMath', value: 'a\n+ b' }] }, { type: 'text', value: ' and ' }, { type: 'inlineCode', value: '$x' }], '$a + b$ and \\$x', [['inlineMath', 'a + b'], ['text', ' and $x']], 'a + b and $x'],
    // A formula with a dollar in its TeX is text, its TeX: no `$` pair could hold it.
    [[{ type: 'inlineMath', value: '\\text{\\$5}' }], '\\\\text{\\\\\\$5}', [['text', '\\text{\\$5}']], '\\text{\\$5}'],
    [[{ type: 'text', value: 'Plain' }], 'Plain', [['text', 'Plain']], 'Plain'],
  ])('%j', (children, title, nodes, plain) => {
    expect(titleOf(heading(...children))).toBe(title)
    expect(titleNodes(title).map(node => [node.type, 'value' in node ? node.value : ''])).toEqual(nodes)
    expect(plainTitle(title)).toBe(plain)
  })

  it.each([
    ['Costs $5', 'Costs \\$5'],
    ['a\\b', 'a\\\\b'],
  ])('plain %j is the title %j, and back', (text, title) => {
    expect(titleFromText(text)).toBe(title)
    expect(plainTitle(title)).toBe(text)
  })
})
