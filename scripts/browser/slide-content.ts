// Runs inside the page: what slide `no` of the play view shows besides its title, so a
// slide with nothing but a heading can be found. Self-contained, because Playwright serializes it.

/** What one slide shows: its text without the title, and how many images, figures and code blocks. */
export interface SlideContent {
  /** Visible text other than the `h1` title, trimmed. */
  text: string
  /** Images, SVG figures, canvases, code blocks, tables, image placeholders and drawn diagrams. */
  media: number
}

/** The content of slide `no` (1-based). */
export function slideContent(no: number): SlideContent {
  const page = document.querySelector<HTMLElement>(`.slidev-page[data-slidev-no="${no}"]`)
  if (!page)
    return { text: '', media: 0 }
  const copy = page.cloneNode(true) as HTMLElement
  copy.querySelectorAll('h1').forEach(title => title.remove())
  // A mermaid diagram draws into a shadow root, which neither selectors nor textContent see.
  const shadows = [...page.querySelectorAll('*')].filter(node => node.shadowRoot?.childNodes.length).length
  const media = page.querySelectorAll('img, svg, canvas, pre, table, .td-missing-image').length + shadows
  return { text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(), media }
}
