// The checkers must catch what they look for, or a passing corpus proves nothing.

import { deckProblems } from './deck-checks.ts'
import { bodyProblems, notesProblems } from './inert.ts'

describe('bodyProblems', () => {
  it.each([
    ['an interpolation', 'a {{ secret }} b', 'interpolation'],
    ['a script tag', '<script>window.__pwned = 1</script>', 'raw HTML block'],
    ['an event handler', 'x <img src=x onerror="alert(1)"> y', 'live attribute onError'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a> y', 'raw HTML'],
    ['a Vue component', 'a <v-click>b</v-click>', 'live <v-click>'],
    ['a slot marker', 'a\n\n::right::\n\nb', 'Slidev syntax line'],
    ['a snippet import', '<<< @/package.json', 'Slidev syntax line'],
    ['a formula KaTeX cannot typeset (Slidev then puts its TeX into the page)', 'a $\\frac{<img src=x onerror=alert(1)>$ b', 'live attribute onError'],
    ['a display formula KaTeX cannot typeset', '$$\n\\frac{<script>alert(1)</script>\n$$', 'live <script>'],
    ['a mermaid block with options', '```mermaid {securityLevel: \'loose\'}\ngraph TD\n```', 'rendered code block'],
    ['a plantuml block', '```plantuml\nA -> B\n```', 'rendered code block'],
    ['an HTML comment', 'a <!-- b --> c', 'raw HTML'],
    ['an interpolation in a kicker', '# <span class="td-kicker">a {{ b }}</span>T', 'interpolation'],
    ['a kicker with another attribute', '# <span class="td-kicker" onclick="x()">a</span>T', 'raw HTML'],
  ])('finds %s', (_, markdown, problem) => {
    expect(bodyProblems(markdown, 'slide').join('\n')).toContain(problem)
  })

  it.each([
    ['escaped text', 'a <span v-pre>{{</span> b }} \\<script> \\$x\\$ \\::right::'],
    ['a kicker', '# <span class="td-kicker">a <span v-pre>{{</span> b }}</span>T'],
    ['code', '`{{ x }}`\n\n```js\n{{ y }}\n<<< @/a\n```'],
    ['formulas KaTeX typesets, links and classes shown as text without trust', 'costs $x^2$ and $\\href{javascript:alert(1)}{x}$ and $\\htmlClass{x}{y}$\n\n$$\n\\frac{{a}}{b} \\url{javascript:alert(1)}\n$$'],
    ['a formula whose TeX reads as an attribute (KaTeX keeps the TeX as escaped text)', '$$\n<iframe src="https://example.com"></iframe>\n$$'],
    ['a plain mermaid block', '```mermaid\ngraph TD\n  A["{{ x }}"] --> B\n```'],
  ])('passes %s', (_, markdown) => {
    expect(bodyProblems(markdown, 'slide')).toEqual([])
  })
})

describe('notesProblems', () => {
  it('finds raw HTML but not text that looks like a template', () => {
    expect(notesProblems('a <img src=x onerror=alert(1)>', 'notes').join('\n')).toContain('onError')
    expect(notesProblems('a {{ b }} \\<img src=x onerror=alert(1)>', 'notes')).toEqual([])
  })
})

describe('deckProblems', () => {
  it('passes a plain article', () => {
    expect(deckProblems('# Title\n\n## One\n\nSome text.\n\n## Two\n\nMore text.\n')).toEqual([])
  })

  it('finds an unwrapped javascript: link that joined two braces (fixed in vue-safe)', () => {
    expect(deckProblems('# T\n\n## A\n\nx {[{](javascript:alert(1)) y}}\n')).toEqual([])
  })
})
