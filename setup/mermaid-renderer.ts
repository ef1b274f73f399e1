// Slidev's mermaid renderer hook (loaded by Slidev from setup/mermaid-renderer.ts): draws
// with Slidev's bundled mermaid and talkdown's settings (mermaid.ts), and turns a diagram
// mermaid cannot parse into a placeholder. Without it Slidev's Mermaid.vue prints the error,
// which quotes the diagram's source, on the slide. The article's problem stays visible in
// the browser console; the talk still builds and shows.
import { defineMermaidRendererSetup } from '@slidev/types'
// The same module Slidev's client imports, so the talk carries one mermaid.
import mermaid from 'mermaid/dist/mermaid.esm.mjs'
import { fitSvg, placeholderSvg } from './mermaid-fit.ts'
import { mermaidConfig } from './mermaid.ts'

let count = 0
const diagramFonts = ['Noto Sans', 'Noto Sans SC', 'Noto Emoji']

export default defineMermaidRendererSetup(() => async (code, options) => {
  // Only the theme is taken from Slidev's options (dark mode); talkdown's settings win.
  const theme = typeof options.theme === 'string' ? options.theme : undefined
  mermaid.initialize({ ...mermaidConfig, ...(theme ? { theme } : {}) } as typeof mermaidConfig)
  const container = document.getElementById('mermaid-rendering-container') ?? undefined
  // Mermaid sizes each box by measuring its label: the bundled fonts come in subsets loaded
  // as text needs them, so the ones this diagram's labels need are loaded first (a label
  // measured in a fallback font was clipped once the real font arrived).
  await Promise.all(diagramFonts.map(font => document.fonts.load(`16px "${font}"`, code).catch(() => [])))
  try {
    const { svg } = await mermaid.render(`td-mermaid-${++count}`, code, container)
    return fitSvg(svg)
  }
  catch (error) {
    console.warn('talkdown: a diagram could not be drawn:', error)
    return placeholderSvg(code)
  }
})
