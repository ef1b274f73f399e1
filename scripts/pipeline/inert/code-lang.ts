// The language a code fence is written with on a slide. Slidev highlights code with Shiki
// and fails the whole build on a language Shiki does not bundle, so such code shows as
// plain text; diagram fences would be drawn (mermaid) or fetched (plantuml), so they are
// text too unless the deck settings turn diagrams on.
import { shikiLanguages } from './shiki-languages.ts'

const diagramLanguages = new Set(['mermaid', 'plantuml'])
// Markdown fences stay text: Slidev would read slide syntax (`---`, frontmatter) in them.
const markdownLanguages = new Set(['md', 'markdown'])

/** Whether `lang` is a diagram language that Slidev draws. */
export function isDiagram(lang: string | null | undefined): boolean {
  return diagramLanguages.has(lang?.toLowerCase() ?? '')
}

/** The fence language to write for code the article wrote as `lang`: a bundled language or alias, else `text`. */
export function codeLang(lang: string | null | undefined, diagrams = false): string {
  const name = lang?.trim().toLowerCase() ?? ''
  if (diagramLanguages.has(name))
    return diagrams ? name : 'text'
  return shikiLanguages.has(name) && !markdownLanguages.has(name) ? name : 'text'
}
