// The language a code fence is written with on a slide. Slidev highlights code with Shiki
// and fails the whole build on a language Shiki does not bundle, so such code shows as
// plain text. Diagram fences: mermaid is drawn by Slidev's bundled mermaid, offline, unless
// the deck settings say `diagrams: false`; plantuml is fetched from a web server when shown,
// so it is drawn only with `diagrams: true`, and is text otherwise.
import { shikiLanguages } from './shiki-languages.ts'

// Diagram languages and whether each is drawn when the settings leave `diagrams` out.
// `mermaid-example` is mermaid's own docs' fence for a diagram shown with its source.
const diagramLanguages = new Map([['mermaid', true], ['mermaid-example', true], ['plantuml', false]])
// The language Slidev draws each with.
const drawnAs: Record<string, string> = { 'mermaid-example': 'mermaid' }
// Markdown fences stay text: Slidev would read slide syntax (`---`, frontmatter) in them.
const markdownLanguages = new Set(['md', 'markdown'])

/** Whether `lang` is a diagram language that Slidev draws. */
export function isDiagram(lang: string | null | undefined): boolean {
  return diagramLanguages.has(lang?.trim().toLowerCase() ?? '')
}

/** Whether a fence in `lang` is drawn as a diagram, given the deck's `diagrams` setting (undefined: left out). */
export function drawsDiagram(lang: string | null | undefined, diagrams: boolean | undefined): boolean {
  const byDefault = diagramLanguages.get(lang?.trim().toLowerCase() ?? '')
  return byDefault !== undefined && (diagrams ?? byDefault)
}

/** The fence language to write for code the article wrote as `lang`: a bundled language or alias, else `text`. */
export function codeLang(lang: string | null | undefined, diagrams?: boolean): string {
  const name = lang?.trim().toLowerCase() ?? ''
  if (diagramLanguages.has(name))
    return drawsDiagram(name, diagrams) ? drawnAs[name] ?? name : 'text'
  return shikiLanguages.has(name) && !markdownLanguages.has(name) ? name : 'text'
}
