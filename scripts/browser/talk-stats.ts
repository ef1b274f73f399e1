// Runs inside the page: the text one slide of the play view shows, for `talkdown stats`.
// Self-contained, because Playwright serializes it.

/** What one slide shows, as the browser renders it. */
export interface SlideText {
  /** Visible characters besides the title (whitespace left out). */
  characters: number
  /** Text of each list item shown. */
  items: string[]
  /** Text pieces drawn inside a chart (caption left out). */
  chartLabels: string[]
  /** Visible text pieces that end with "…" (labels or bullets cut short). */
  cut: string[]
  /** Images shown (a missing one counts by its placeholder: the talk is meant to have it). */
  images: number
}

/** Measure slide `no` (1-based) of the play view; all slides are mounted, only one is shown at a time. */
export function slideText(no: number): SlideText {
  const pages = [...document.querySelectorAll<HTMLElement>('.slidev-page')]
  const saved = pages.map(page => page.style.display)
  pages.forEach(page => (page.style.display = page.dataset.slidevNo === String(no) ? '' : 'none'))
  const page = pages.find(p => p.dataset.slidevNo === String(no))
  const layout = page?.querySelector('.slidev-layout') ?? page
  const title = layout?.querySelector('h1')
  const squash = (text: string): string => text.replace(/\s+/gu, '')
  const result: SlideText = { characters: 0, items: [], chartLabels: [], cut: [], images: layout?.querySelectorAll('img, .td-missing-image').length ?? 0 }
  const walker = layout ? document.createTreeWalker(layout, NodeFilter.SHOW_TEXT) : undefined
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const parent = node.parentElement
    const text = squash(node.nodeValue ?? '')
    // A missing image's placeholder stands for the image (counted in `images`), as a present one's alt text would.
    if (!parent || !text || (title && title.contains(parent)) || parent.closest('.td-missing-image') || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      continue
    result.characters += [...text].length
    if ((text.endsWith('…') || text.endsWith('...')) && !parent.closest('pre, code'))
      result.cut.push(text)
    if (parent.closest('.td-chart-view') && !parent.closest('figcaption'))
      result.chartLabels.push(text)
  }
  result.items = [...(layout?.querySelectorAll('li') ?? [])].map(li => squash(li.textContent ?? ''))
  pages.forEach((p, index) => (p.style.display = saved[index] ?? ''))
  return result
}
