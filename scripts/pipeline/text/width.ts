// Rough rendered width of text, in em at the slide's body size: the one width table of the
// project, used by the planner (does a bullet fit a line of the 980×552 canvas?) and by the
// chart components (where do labels go?). Measured in Chromium with the slides' fonts (Noto
// Sans, Noto Sans SC, weight 400), per character on average: capitals 0.63 em, small letters
// 0.53, digits 0.57, a space 0.26, CJK 1. The table rounds up a little to stay on the safe side.

/** Whether the code point `code` is wide (CJK, full-width), tested without a regex per character. */
export function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
    || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6)
}

// What `\s` matches below the wide ranges (a soft line break renders as a space too).
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0D) || code === 0xA0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200A)
    || code === 0x2028 || code === 0x2029 || code === 0x202F || code === 0x205F || code === 0xFEFF
}

/** Width in em of the character with code point `code`. */
export function charWidth(code: number): number {
  if (isWide(code))
    return 1
  if (isSpace(code))
    return 0.3
  return code >= 0x41 && code <= 0x5A ? 0.65 : 0.55
}

/** Width of `text` in em (CJK-aware). */
export function textWidth(text: string): number {
  let total = 0
  for (const char of text)
    total += charWidth(char.codePointAt(0)!)
  return total
}
