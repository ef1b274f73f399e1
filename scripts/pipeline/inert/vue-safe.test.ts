import type { PhrasingContent } from 'mdast'
import { vueSafe } from './vue-safe.ts'

const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value })
const text = (value: string): PhrasingContent => ({ type: 'text', value })

describe('vueSafe', () => {
  // Written, neighbouring code spans would be one broken run of backticks (`a``b`).
  it.each<[string, PhrasingContent[], PhrasingContent[]]>([
    ['an empty code span dropped', [code(''), code('a')], [code('a')]],
    ['neighbouring code spans joined', [code('a'), code('b'), text(' c')], [code('ab'), text(' c')]],
    ['code spans apart kept', [code('a'), text(' '), code('b')], [code('a'), text(' '), code('b')]],
    ['formulas KaTeX cannot typeset, met', [{ type: 'inlineMath', value: '' }, { type: 'inlineMath', value: '\\frac' }], [code('\\frac')]],
  ])('%s', (_, nodes, expected) => {
    expect(vueSafe(nodes, false)).toEqual(expected)
  })
})
