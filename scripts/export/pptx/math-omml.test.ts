import { equationMark, equations, mathOmml, mathText } from './math-omml.ts'

describe('mathText', () => {
  it.each([
    ['x_i', 'xi'],
    ['J(\\theta)', 'J(θ)'],
    ['\\nabla_{\\theta} \\log p(x)', '∇θlogp(x)'],
    ['a < b', 'a<b'],
    ['\\frac{', ''],
  ])('%j reads as %j', (tex, text) => {
    expect(mathText(tex)).toBe(text)
  })
})

describe('mathOmml', () => {
  it('gives a fraction as an OMML fraction, without Word run properties or the TeX annotation', () => {
    const omml = mathOmml('\\frac{\\nabla_\\theta p(x)}{p(x)}')!
    expect(omml).toMatch(/^<m:oMathPara xmlns:m="[^"]+"><m:oMath>.*<m:f>.*<\/m:oMath><\/m:oMathPara>$/s)
    expect(omml).not.toMatch(/w:rPr|undefined|\\frac|nabla/)
  })

  it('gives nothing for TeX that KaTeX cannot read', () => {
    expect(mathOmml('\\frac{')).toBeUndefined()
  })
})

describe('equations', () => {
  it('writes a shape with an equation mark as PowerPoint does: the equation, or else (fallback) its text', () => {
    const mark = equationMark('<m:oMathPara><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></m:oMathPara>', 'x')
    const escaped = mark.replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    const shape = (run: string): string => `<p:sp><p:txBody><a:p>${run}</a:p></p:txBody></p:sp>`
    const xml = `<p:spTree>${shape(`<a:r><a:rPr lang="en-US"/><a:t>${escaped}</a:t></a:r>`)}${shape('<a:r><a:t>plain</a:t></a:r>')}</p:spTree>`
    expect(equations(xml)).toBe(`<p:spTree><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">${shape('<a14:m><m:oMathPara><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></m:oMathPara></a14:m>')}</mc:Choice><mc:Fallback>${shape('<a:r><a:rPr lang="en-US"/><a:t>x</a:t></a:r>')}</mc:Fallback></mc:AlternateContent>${shape('<a:r><a:t>plain</a:t></a:r>')}</p:spTree>`)
    expect(equations('<a:p><a:r><a:t>plain</a:t></a:r></a:p>')).toBe('<a:p><a:r><a:t>plain</a:t></a:r></a:p>')
  })
})
