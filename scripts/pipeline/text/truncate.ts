// Shorten a label to a width budget, CJK-aware, ending with an ellipsis when cut.
import { textWidth } from './width.ts'

const ELLIPSIS = '…'

/** `text` cut to at most `maxEm` em wide (see textWidth), with "…" when shortened. */
export function truncateText(text: string, maxEm: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (textWidth(clean) <= maxEm)
    return clean
  const budget = maxEm - textWidth(ELLIPSIS)
  let out = ''
  for (const char of clean) {
    if (textWidth(out + char) > budget)
      break
    out += char
  }
  return `${out.trimEnd()}${ELLIPSIS}`
}
