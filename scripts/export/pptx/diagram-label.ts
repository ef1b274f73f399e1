// A drawn diagram in the PPTX. Mermaid draws only in a browser (it lays text out with the
// DOM): the export photographs each one in the built talk (diagram-pictures.ts). Where no
// picture could be taken (no Chromium, a failed build, PlantUML), the slide gets a line naming
// the diagram instead of its source; the source stays in the notes.
import type { Code, RootContent } from 'mdast'

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

/** Whether a top-level block of a slide is a diagram the talk draws offline: mermaid (PlantUML asks a server, so it keeps its label). */
export function isPicturedDiagram(block: RootContent): block is Code {
  return block.type === 'code' && block.lang === 'mermaid'
}

/** One diagram as the talk draws it. */
export interface DiagramPicture {
  /** PNG bytes. */
  png: Uint8Array
  /** Size in CSS pixels of the 980×552 canvas (the PNG has more: diagram-pictures.ts). */
  width: number
  height: number
  /** False when mermaid could not parse it: the picture is the talk's placeholder. */
  drawn: boolean
}

/** Pictures per slide of the deck, in the order of each slide's diagrams. */
export type DiagramPictures = DiagramPicture[][]
