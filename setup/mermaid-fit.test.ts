import { diagramHeight, fitSvg, placeholderSvg } from './mermaid-fit.ts'

describe('fitSvg', () => {
  it('keeps the SVG first and caps its height', () => {
    const fitted = fitSvg('<svg viewBox="0 0 10 10"></svg>')
    expect(fitted.startsWith('<svg viewBox="0 0 10 10"></svg>')).toBe(true)
    expect(fitted).toContain(`max-height:${diagramHeight}px`)
  })
})

describe('placeholderSvg', () => {
  it.each([
    ['graph TD\n  A[Start] --> B{Is it?', 'Diagram could not be drawn'],
    ['graph TD\n  A[开始] --> B{是否', '图表无法绘制'],
    ['graph TD\n  A[スタート] --> B', '図を描画できません'],
  ])('names the failure in the diagram\'s script, never its source: %j', (code, words) => {
    const svg = placeholderSvg(code)
    expect(svg).toContain(words)
    expect(svg).not.toContain('-->')
    expect(svg).not.toContain('graph TD')
  })
})
