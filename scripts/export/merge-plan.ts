// Which slides to print after an edit, and where each page of the new PDF comes from:
// a page of the previous PDF with the same key, or a freshly printed one.

/** Where one page of the new PDF comes from. */
export type PageSource = { from: 'previous', page: number } | { from: 'printed', page: number }

/** The plan for one export. */
export interface MergePlan {
  /** Slide positions (0-based) to print, ascending; `printed` pages index into this list. */
  print: number[]
  /** One source per page of the new PDF, in order. */
  pages: PageSource[]
}

/** Plan the PDF for `keys`, reusing pages of the previous PDF whose keys were `previous` (none: print all). */
export function mergePlan(previous: readonly string[] | undefined, keys: readonly string[]): MergePlan {
  const reusable = new Map<string, number>()
  previous?.forEach((key, page) => {
    if (!reusable.has(key))
      reusable.set(key, page)
  })
  const print: number[] = []
  const pages = keys.map((key, index): PageSource => {
    // Prefer the page at the same place: the common case, and the same bytes as before.
    const page = previous?.[index] === key ? index : reusable.get(key)
    if (page !== undefined)
      return { from: 'previous', page }
    print.push(index)
    return { from: 'printed', page: print.length - 1 }
  })
  return { print, pages }
}

/** Chromium's page ranges for `positions` (0-based), e.g. `3,17-19`. */
export function pageRanges(positions: readonly number[]): string {
  const ranges: string[] = []
  for (let index = 0; index < positions.length; index++) {
    const start = positions[index]!
    while (positions[index + 1] === positions[index]! + 1)
      index++
    const end = positions[index]!
    ranges.push(start === end ? `${start + 1}` : `${start + 1}-${end + 1}`)
  }
  return ranges.join(',')
}

/** Pages in Chromium's page ranges `ranges` (`3,7-9`: 4), the inverse of `pageRanges`' count. */
export function rangePages(ranges: string): number {
  return ranges.split(',').reduce((pages, range) => {
    const [first, last = first] = range.split('-').map(Number)
    return pages + last! - first! + 1
  }, 0)
}
