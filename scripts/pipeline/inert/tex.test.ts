import { inertInlineMath, inertMath } from './tex.ts'

describe('inertInlineMath', () => {
  it.each([
    ['x^2', { type: 'inlineMath', value: 'x^2' }],
    [' a  +\n b ', { type: 'inlineMath', value: 'a + b' }],
    // Slidev reads `$ ---$` as text: no space is put before the dashes.
    ['---', { type: 'inlineMath', value: '---' }],
    ['\\frac', { type: 'inlineCode', value: '\\frac' }],
    [' ', { type: 'inlineCode', value: ' ' }],
  ])('%j → %j', (value, expected) => {
    expect(inertInlineMath({ type: 'inlineMath', value })).toEqual(expected)
  })
})

describe('inertMath', () => {
  it.each([
    ['a = b', { type: 'math', meta: null, value: 'a = b' }],
    // A line starting `---` would end Slidev's slide; one ending `$$` would close its block.
    ['a\n--- b', { type: 'math', meta: null, value: 'a\n --- b' }],
    ['a $$', { type: 'code', lang: 'tex', meta: null, value: 'a $$' }],
    ['\\frac', { type: 'code', lang: 'tex', meta: null, value: '\\frac' }],
  ])('%j → %j', (value, expected) => {
    expect(inertMath({ type: 'math', meta: null, value })).toEqual(expected)
  })
})
