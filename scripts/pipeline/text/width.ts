// Rough rendered width of a label, in em: enough to keep labels inside a chart.
// CJK and full-width characters are about 1em wide, Latin letters and digits about 0.55em.

import { isWide } from './measure.ts'

/** Width of one character in em. */
function charWidth(char: string): number {
  if (isWide(char.codePointAt(0)!))
    return 1
  if (/\s/.test(char))
    return 0.3
  return /[A-Z]/.test(char) ? 0.65 : 0.55
}

/** Approximate width of `text` in em (CJK-aware). */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text)
    width += charWidth(char)
  return width
}
