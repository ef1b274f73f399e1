// Slidev's mermaid hook (loaded by Slidev from setup/mermaid.ts): the configuration every
// diagram is drawn with. `strict` keeps labels as text (mermaid sanitizes them) and binds no
// `click` callback or `javascript:` link; mermaid lists `securityLevel` among its secure keys,
// so an article's `%%{init: …}%%` directive or front matter cannot loosen it.
// `suppressErrorRendering`: a diagram that fails to parse throws (mermaid-renderer.ts shows a
// placeholder) instead of mermaid drawing its own error picture.
import type { MermaidConfig } from 'mermaid'
import { defineMermaidSetup } from '@slidev/types'

/** The settings talkdown draws every diagram with; they win over anything a slide passes. */
export const mermaidConfig: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  suppressErrorRendering: true,
  theme: 'default',
  // The talk's bundled fonts (styles/index.css), so labels in Chinese or with emoji draw
  // in the PDF on a machine without such fonts; mermaid's own default names system fonts.
  fontFamily: '"Noto Sans", "Noto Sans SC", "Noto Emoji", sans-serif',
}

export default defineMermaidSetup(() => mermaidConfig)
