// What the print view shows right now, read inside the page (this function is sent to
// Chromium, so it must not use anything from outside its own body).

/** The print view's state. */
export interface PrintState {
  /** Slide containers on the page, one per printed page. */
  slides: number
  /** Slides still showing Slidev's "Loading slide" placeholder. */
  loading: number
  /** Charts whose figure has nothing drawn under its caption yet, and mermaid diagrams not drawn yet. */
  undrawn: number
  /** Images not loaded yet. */
  images: number
  /** Fonts still loading (Noto Sans SC comes in subsets, fetched as text needs them). */
  fontsLoading: boolean
  /** Elements Slidev asks exporters to wait for (`data-waitfor`) that are not there yet. */
  waitFor: number
  /** A short fingerprint of each slide's markup, in page order, to see which slides changed. */
  stamps: string[]
}

/** Read the print view's state (runs in the page). */
export function readPrintState(): PrintState {
  const containers = [...document.querySelectorAll<HTMLElement>('#print-content .print-slide-container')]
  const waitFor = [...document.querySelectorAll<HTMLElement>('[data-waitfor]')]
    .filter(element => !element.querySelector(element.dataset.waitfor ?? ':scope'))
  return {
    slides: containers.length,
    loading: document.querySelectorAll('#print-content .slidev-slide-loading').length,
    // Mermaid draws into its host's shadow root once its (asynchronous) render resolves.
    undrawn: [...document.querySelectorAll('#print-content figure[data-chart]')].filter(figure => !figure.querySelector(':scope > :not(figcaption)')).length
      + [...document.querySelectorAll('#print-content .mermaid')].filter(host => !host.shadowRoot?.childNodes.length).length,
    images: [...document.images].filter(image => !image.complete).length,
    fontsLoading: document.fonts.status !== 'loaded',
    waitFor: waitFor.length,
    // FNV-1a of the markup: enough to notice that a slide changed, cheap for 100 slides.
    // (Inline, not a named helper: tsx would wrap a named one in a helper the page lacks.)
    stamps: containers.map((container) => {
      const text = container.innerHTML
      let hash = 0x811C9DC5
      for (let index = 0; index < text.length; index++)
        hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
      return `${text.length}:${(hash >>> 0).toString(36)}`
    }),
  }
}
