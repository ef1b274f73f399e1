import { charWidth, textWidth } from './width.ts'

describe('textWidth', () => {
  it('counts CJK as one em, small letters and digits 0.55, capitals 0.65, spaces 0.3', () => {
    expect(textWidth('推理能力')).toBe(4)
    expect(textWidth('abcd')).toBeCloseTo(2.2)
    expect(textWidth('LLM 3')).toBeCloseTo(0.65 * 3 + 0.3 + 0.55)
    expect(textWidth('全角：，')).toBe(4)
  })
  it('treats every kind of white space as a space, the ideographic one as wide', () => {
    expect(textWidth('a\nb\tc\u00A0d')).toBeCloseTo(0.55 * 4 + 0.3 * 3)
    expect(textWidth('\u3000')).toBe(1)
  })
  it('agrees with \\s on what is a space, for every code point outside the wide ranges', () => {
    const disagree: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xD800 && code <= 0xDFFF)
        continue
      const width = charWidth(code)
      if (width !== 1 && (width === 0.3) !== /\s/.test(String.fromCodePoint(code)))
        disagree.push(code)
    }
    expect(disagree).toEqual([])
  })
})
