// Runs inside the page: which elements of one slide stick out of the canvas or are
// clipped by their own box. Self-contained, because Playwright serializes it.

/** One element that does not fit. */
export interface Overflow {
  /** Short description: tag, classes and the start of its text. */
  element: string
  /** `outside` the canvas, or `clipped` inside its own scrolling/hidden box. */
  kind: 'outside' | 'clipped'
  /** How many CSS pixels do not fit (largest side). */
  pixels: number
}

/** Measure slide `no` (1-based) of the play view; all slides are mounted, only one is shown at a time. */
export async function measureOverflow(no: number): Promise<Overflow[]> {
  const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
  const pages = [...document.querySelectorAll<HTMLElement>('.slidev-page')]
  const saved = pages.map(page => page.style.display)
  pages.forEach(page => (page.style.display = page.dataset.slidevNo === String(no) ? '' : 'none'))
  const page = pages.find(p => p.dataset.slidevNo === String(no))
  // Showing the slide may need more of the font's unicode-range files: measure after they load.
  void document.body.offsetHeight
  await document.fonts.ready
  const found: Array<Overflow & { node: Element }> = []
  for (const node of page ? page.querySelectorAll('*') : []) {
    const rect = node.getBoundingClientRect()
    const style = getComputedStyle(node)
    // KaTeX's MathML is for screen readers, clipped to a pixel on purpose: it shows nothing. Inside its
    // HTML, a superscript's box holds an empty strut (.pstrut) that reaches far above the glyph: in a title
    // near the top of the slide it crossed the canvas while every glyph was inside ("The $O(n^4)$
    // algorithm"). A formula is measured by its own box (.katex), which is its line's.
    if ((!rect.width && !rect.height) || style.visibility === 'hidden' || node.closest('.katex-mathml') || (node.closest('.katex') && !node.classList.contains('katex')))
      continue
    const outside = Math.max(canvas.top - rect.top, rect.bottom - canvas.bottom, canvas.left - rect.left, rect.right - canvas.right)
    const scrolls = style.overflowX !== 'visible' || style.overflowY !== 'visible'
    const clipped = scrolls ? Math.max(node.scrollHeight - node.clientHeight, node.scrollWidth - node.clientWidth) : 0
    const text = (node.textContent ?? '').trim().slice(0, 24)
    const element = `${node.tagName.toLowerCase()}${[...node.classList].slice(0, 2).map(c => `.${c}`).join('')}${text ? ` “${text}”` : ''}`
    if (outside > 1)
      found.push({ node, element, kind: 'outside', pixels: Math.round(outside) })
    else if (clipped > 1)
      found.push({ node, element, kind: 'clipped', pixels: Math.round(clipped) })
  }
  pages.forEach((p, index) => (p.style.display = saved[index] ?? ''))
  // Report the innermost elements: a list sticking out because its last item does says less.
  return found.filter(item => !found.some(other => other !== item && item.node.contains(other.node))).map(({ element, kind, pixels }) => ({ element, kind, pixels }))
}
