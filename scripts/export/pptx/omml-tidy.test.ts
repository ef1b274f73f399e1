import { tidyOmml } from './omml-tidy.ts'

const r = (text: string): string => `<m:r><m:t xml:space="preserve">${text}</m:t></m:r>`
const d = (inside: string, open = '(', close = ')'): string => `<m:d><m:dPr><m:begChr m:val="${open}"/><m:endChr m:val="${close}"/></m:dPr><m:e>${inside}</m:e></m:d>`
const math = (inside: string): string => `<m:oMath>${inside}</m:oMath>`
const sup = (base: string, script: string): string => `<m:sSup><m:sSupPr><m:ctrlPr/></m:sSupPr><m:e>${base}</m:e><m:sup>${script}</m:sup></m:sSup>`
const sum = (operand: string): string => `<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>${r('i')}</m:sub><m:sup>${r('n')}</m:sup><m:e>${operand}</m:e></m:nary>`

describe('tidyOmml', () => {
  it.each([
    ['brackets in one run become a delimiter', math(r('f(x)=')), math(`${r('f')}${d(r('x'))}${r('=')}`)],
    ['brackets in runs of their own', math(`${r('(')}${r('a')}${r(')')}`), math(d(r('a')))],
    ['nested brackets, innermost first', math(r('((a)b)')), math(d(`${d(r('a'))}${r('b')}`))],
    ['square brackets', math(r('[a]')), math(d(r('a'), '[', ']'))],
    ['a lone bracket stays a run', math(r('(a')), math(`${r('(')}${r('a')}`)],
    ['a bracket squared: the ")" under the script scripts the whole bracket', math(`${r('(')}${r('a')}${sup(r(')'), r('2'))}`), math(sup(d(r('a')), r('2')))],
    ['a sum cut after its "(" gets the rest of the bracket', math(`${sum(r('('))}${r('a')}${r(')')}${r('x')}`), math(`${sum(d(r('a')))}${r('x')}`)],
    ['argPr with scrLvl (not in the schema) is dropped', math(`<m:f><m:num><m:argPr><m:scrLvl m:val="0"/></m:argPr><m:argPr><m:scrLvl m:val="0"/></m:argPr>${r('1')}</m:num><m:den>${r('2')}</m:den></m:f>`), math(`<m:f><m:num>${r('1')}</m:num><m:den>${r('2')}</m:den></m:f>`)],
    ['KaTeX\'s spacing macron is the combining one', math('<m:acc><m:accPr><m:chr m:val="ˉ"/></m:accPr><m:e></m:e></m:acc>'), math('<m:acc><m:accPr><m:chr m:val="\u0304"/></m:accPr><m:e></m:e></m:acc>')],
    ['a tagged formula is the formula, a space and the tag', math(`<m:m><m:mPr/><m:mr><m:e/><m:e>${r('x')}</m:e><m:e/><m:e>${r('(1)')}</m:e></m:mr></m:m>`), math(`${r('x')}${r('    ')}${d(r('1'))}`)],
    ['a matrix loses its empty rows and pads the others', math(`<m:m><m:mr><m:e>${r('a')}</m:e><m:e>${r('b')}</m:e></m:mr><m:mr><m:e></m:e></m:mr><m:mr><m:e>${r('c')}</m:e></m:mr></m:m>`), math(`<m:m><m:mr><m:e>${r('a')}</m:e><m:e>${r('b')}</m:e></m:mr><m:mr><m:e>${r('c')}</m:e><m:e/></m:mr></m:m>`)],
    ['tags that do not nest are left alone', '<m:oMath><m:r></m:oMath>', '<m:oMath><m:r></m:oMath>'],
  ])('%s', (_, omml, tidied) => {
    expect(tidyOmml(omml)).toBe(tidied)
  })
})
