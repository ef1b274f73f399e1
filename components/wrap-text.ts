// Wrap a label into lines that fit a width, CJK-aware (a CJK char ~1em, Latin ~0.55em):
// Latin words stay whole when they fit, CJK breaks anywhere. Nothing is cut: a label that
// needs more lines gets them, and the layout makes room (or the planner splits the chart).
import { textWidth } from '../scripts/pipeline/text/width'

// A Latin run breaks after its hyphens too ("Qwen-Image-Edit-2511" → "Qwen-", "Image-", …).
const SEGMENT = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF-]+-*\s*|-+\s*|\s+/gu
// Closing punctuation never starts a line.
const NO_START = /^[，。、；：！？）」』》〉】”’,.;:!?)\]]/u

/** Pieces that must not be split unless one alone is too wide. */
function segments(text: string, maxEm: number): string[] {
  return (text.match(SEGMENT) ?? []).flatMap(s => (textWidth(s.trim()) > maxEm ? [...s] : [s]))
}

/** `text` as lines of at most `maxEm` em each (a closing mark may overhang by one char). */
export function wrapText(text: string, maxEm: number): string[] {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim()
  const lines: string[] = []
  let line = ''
  for (const piece of segments(clean, maxEm)) {
    if (line && !NO_START.test(piece) && textWidth((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd())
      line = piece.trimStart()
    }
    else {
      line += piece
    }
  }
  if (line.trim())
    lines.push(line.trimEnd())
  // A closing quotation mark alone on the last line goes back to the line before.
  const last = lines.at(-1)
  if (lines.length > 1 && last && /^\p{P}{1,2}$/u.test(last))
    lines.splice(-2, 2, `${lines.at(-2)}${last}`)
  return lines
}

/** The widest line of `lines`, in em. */
export function widestLine(lines: string[]): number {
  return Math.max(0, ...lines.map(textWidth))
}
