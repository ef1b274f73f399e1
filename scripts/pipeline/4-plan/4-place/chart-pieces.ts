// Timelines and glossaries can be drawn in pieces, one per page of the bullets they draw,
// so a long one is split over slides rather than crowded or cut.
import type { Chart } from '../../model/chart.ts'

/** Lines and source of the piece of `chart` with entries `keep`: it starts at its first entry. */
function from(chart: Chart, keep: number[]): Pick<Chart, 'lines' | 'source'> {
  const lines = keep.map(i => chart.lines![i]!)
  const first = Math.min(...lines)
  return { lines, source: first === chart.source.line ? chart.source : { line: first, column: 1 } }
}

/** Charts that can be drawn in pieces, one per page, each piece at least `min` entries and at most `max` (beyond that its labels overlap). */
export const PIECES: Partial<Record<Chart['type'], { min: number, max?: number, pick: (chart: Chart, keep: number[]) => Chart }>> = {
  timeline: { min: 3, max: 5, pick: (chart, keep) => chart.type === 'timeline' ? { ...chart, events: keep.map(i => chart.events[i]!), ...from(chart, keep) } : chart },
  glossary: { min: 2, max: 4, pick: (chart, keep) => chart.type === 'glossary' ? { ...chart, items: keep.map(i => chart.items[i]!), ...from(chart, keep) } : chart },
}

/**
 * Entry indices of each piece of a chart cut by page: a page with enough entries is a piece of
 * its own; pages with fewer join the pages after them until they have enough. Entries left
 * over next to a piece stay bullets; when no piece forms, there is no chart.
 */
export function cutByPage(at: number[], min: number): number[][] {
  const groups = [...new Set(at)].filter(p => p >= 0).sort((a, b) => a - b).map(page => at.flatMap((p, i) => (p === page ? [i] : [])))
  const pieces: number[][] = []
  let pending: number[] = []
  for (const group of groups) {
    if (group.length >= min) {
      pending = []
      pieces.push(group)
      continue
    }
    pending = [...pending, ...group]
    if (pending.length >= min) {
      pieces.push(pending)
      pending = []
    }
  }
  // No piece forms only when the entries found on pages are fewer than `min` together: too few for a
  // chart (a timeline of two events, one of the Go keynote's with its third on no page, was drawn).
  return pieces
}

/** `pieces` with any piece of more than `max` entries split into even runs of at most `max`, in order. */
export function capPieces(pieces: number[][], max = Infinity): number[][] {
  return pieces.flatMap((piece) => {
    const count = Math.ceil(piece.length / max)
    if (count <= 1)
      return [piece]
    const size = Math.ceil(piece.length / count)
    return Array.from({ length: count }, (_, k) => piece.slice(k * size, (k + 1) * size))
  })
}
