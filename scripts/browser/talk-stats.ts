// Runs inside the page: the text one slide of the play view shows, for `talkdown stats`.
// Self-contained, because Playwright serializes it. It only collects; what counts as a
// fragment, raw source or small type is decided in Node (cli/stats-summary.ts).

/** Type sizes on one slide, title included, in px on the 980 px canvas. */
export interface SlideType {
  /** Visible characters (whitespace left out). */
  characters: number
  /** Of those, set under 18 px. */
  under18: number
  /** Of those, set under 14 px. */
  under14: number
  /** Smallest size of any visible text; absent when the slide shows none. */
  minPx?: number
}

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
  /** Key points shown: top-level list items and paragraphs outside charts, quotes, tables and code, spaces kept. */
  points: string[]
  /** Charts, images, code blocks, tables, display formulas and drawn diagrams shown. */
  visuals: number
  /** Visible characters inside block quotes (an attribution under the quote left out). */
  quoted: number
  /** Visible text outside code, one entry a block (paragraph, item, cell, title…), spaces kept. */
  blocks: string[]
  /** Text of each code block shown. */
  code: string[]
  /** Type sizes. */
  type: SlideType
}

/** Measure slide `no` (1-based) of the play view; all slides are mounted, only one is shown at a time. */
export function slideText(no: number): SlideText {
  const pages = [...document.querySelectorAll<HTMLElement>('.slidev-page')]
  const saved = pages.map(page => page.style.display)
  pages.forEach(page => (page.style.display = page.dataset.slidevNo === String(no) ? '' : 'none'))
  const page = pages.find(p => p.dataset.slidevNo === String(no))
  const layout = page?.querySelector<HTMLElement>('.slidev-layout') ?? page
  const title = layout?.querySelector('h1')
  // Zero-width characters (KaTeX's 1 px struts hold one) show nothing.
  const squash = (text: string): string => text.replace(/[\s\u200B-\u200D\u2060]+/gu, '')
  const spaced = (text: string): string => text.replace(/\s+/gu, ' ').trim()
  const visible = (element: Element): boolean => element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  // KaTeX keeps its TeX in a visually hidden MathML copy for screen readers: not shown.
  const hidden = '.td-missing-image, .katex-mathml'
  // The slide is scaled to the window as a whole; sizes are wanted on the canvas.
  const slideScale = layout && layout.offsetWidth ? layout.getBoundingClientRect().width / layout.offsetWidth : 1
  const pixels = (element: Element): number => {
    const size = Number.parseFloat(getComputedStyle(element).fontSize)
    if (element instanceof SVGGraphicsElement) {
      const matrix = element.getScreenCTM()
      return matrix ? size * Math.hypot(matrix.a, matrix.b) / slideScale : size
    }
    const html = element as HTMLElement
    return html.offsetWidth ? size * (html.getBoundingClientRect().width / html.offsetWidth) / slideScale : size
  }
  const result: SlideText = {
    characters: 0,
    items: [],
    chartLabels: [],
    cut: [],
    images: layout?.querySelectorAll('img, .td-missing-image').length ?? 0,
    points: [],
    visuals: 0,
    quoted: 0,
    blocks: [],
    code: [],
    type: { characters: 0, under18: 0, under14: 0 },
  }
  const blocks = new Map<Element, string[]>()
  const walker = layout ? document.createTreeWalker(layout, NodeFilter.SHOW_TEXT) : undefined
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const parent = node.parentElement
    const text = squash(node.nodeValue ?? '')
    // A missing image's placeholder stands for the image (counted in `images`), as a present one's alt text would.
    if (!parent || !text || parent.closest(hidden) || !visible(parent))
      continue
    const size = pixels(parent)
    const length = [...text].length
    result.type.characters += length
    result.type.under18 += size < 18 ? length : 0
    result.type.under14 += size < 14 ? length : 0
    result.type.minPx = Math.min(result.type.minPx ?? size, size)
    if (!parent.closest('pre, code')) {
      const block = parent.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, dt, dd, text') ?? parent
      blocks.set(block, [...blocks.get(block) ?? [], node.nodeValue ?? ''])
    }
    if (title && title.contains(parent))
      continue
    result.characters += length
    if (parent.closest('blockquote'))
      result.quoted += length
    // A formula's own ellipsis ("a_1, \ldots") is the author's, not a cut.
    if ((text.endsWith('…') || text.endsWith('...')) && !parent.closest('pre, code, .katex'))
      result.cut.push(text)
    if (parent.closest('.td-chart-view') && !parent.closest('figcaption'))
      result.chartLabels.push(text)
  }
  result.blocks = [...blocks.values()].map(parts => spaced(parts.join(''))).filter(Boolean)
  const shown = [...layout?.querySelectorAll('pre') ?? []].filter(visible)
  result.code = shown.map(pre => pre.textContent ?? '')
  result.items = [...(layout?.querySelectorAll('li') ?? [])].map(li => squash(li.textContent ?? ''))
  // Key points: what the planner put on the slide as text, not inside a visual or a quote.
  result.points = [...(layout?.querySelectorAll('li, p') ?? [])]
    .filter(element => !element.parentElement?.closest('li, blockquote, figure, table, pre, .td-chart-view') && visible(element))
    // A missing image's placeholder names the image, and a display formula (KaTeX sets `$$…$$` in a
    // paragraph of its own) is one: visuals, not points.
    .map((element) => {
      const copy = element.cloneNode(true) as Element
      copy.querySelectorAll('.td-missing-image, .katex-display').forEach(visual => visual.remove())
      return spaced(copy.textContent ?? '')
    })
    .filter(Boolean)
  // A mermaid diagram draws into a shadow root, which neither selectors nor text walks see.
  const visuals = [...layout?.querySelectorAll('img, svg, canvas, video, iframe, pre, table, .td-missing-image, .td-chart-view, .katex-display') ?? []]
    .filter(element => visible(element) && !element.parentElement?.closest('svg, pre, table, .td-chart-view, .katex-display'))
  const shadows = [...layout?.querySelectorAll('*') ?? []].filter(element => element.shadowRoot?.childNodes.length)
  result.visuals = visuals.length + shadows.length
  pages.forEach((p, index) => (p.style.display = saved[index] ?? ''))
  return result
}
