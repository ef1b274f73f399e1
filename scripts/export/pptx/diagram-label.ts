// A drawn diagram in the PPTX. Mermaid draws only in a browser (it lays text out with the
// DOM), and the PPTX is written in-process without one, so the slide gets a line naming the
// diagram instead of its source; the source stays in the notes.

// Diagram fences as the slide writes them (scripts/pipeline/inert/code-lang.ts keeps these
// languages only for diagrams that are drawn).
const diagramLanguages = new Set(['mermaid', 'plantuml'])

/** Whether a slide's code block in `lang` is a drawn diagram. */
export function isDrawnDiagram(lang: string | null | undefined): boolean {
  return diagramLanguages.has(lang ?? '')
}

/** The line that stands for a diagram: its language and kind (`flowchart`, `sequenceDiagram` …), never its source. */
export function diagramLabel(lang: string, source: string): string {
  // The kind is the first word after front matter, `%%` comments and directives.
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '')
  const kind = body.split('\n').map(line => line.trim()).find(line => line && !line.startsWith('%%') && !line.startsWith('@start'))?.split(/[\s;]/)[0]
  return `[Diagram: ${lang}${kind && /^[\w-]+$/.test(kind) ? ` ${kind}` : ''}; drawn in the talk, its source is in the notes]`
}
