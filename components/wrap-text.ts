import { truncateText } from '../scripts/pipeline/text/truncate'
// Wrap a label into lines that fit a width, CJK-aware (a CJK char ~1em, Latin ~0.55em):
// Latin words stay whole when they fit, CJK breaks anywhere, the last line ends with "…" when cut.
import { textWidth } from '../scripts/pipeline/text/width'

const SEGMENT = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/gu

/** Pieces that must not be split unless one alone is too wide. */
function segments(text: string, maxEm: number): string[] {
  return (text.match(SEGMENT) ?? []).flatMap(s => (textWidth(s.trim()) > maxEm ? [...s] : [s]))
}

/** `text` as at most `maxLines` lines of at most `maxEm` em each. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim()
  const lines: string[] = []
  let line = ''
  for (const piece of segments(clean, maxEm)) {
    if (line && textWidth((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd())
      line = piece.trimStart()
    }
    else {
      line += piece
    }
  }
  if (line.trim())
    lines.push(line.trimEnd())
  if (lines.length <= maxLines)
    return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, maxEm)
  return kept
}
