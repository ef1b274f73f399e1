// A mermaid diagram is drawn in the browser only (its `parse` needs a DOM, and
// `@mermaid-js/parser` reads only a few kinds, not flowcharts), so its syntax is not checked
// here. Its kind is: mermaid picks the diagram by the first word after front matter,
// `%%` directives and comments, and a word it does not know (`gitgraph`, `grpah TD`) can
// never draw. Such a diagram gets a warning at its place; the slide shows a placeholder.
import type { Code, Root } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { drawsDiagram } from '../inert/code-lang.ts'

// The words mermaid 11.17 (Slidev 52's) detects a diagram by, each a prefix as in its
// detectors (`flowchart-elk` is a flowchart, `classDiagram-v2` a class diagram).
const mermaidKinds = [
  'architecture',
  'block',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'classDiagram',
  'cynefin-beta',
  'erDiagram',
  'eventmodeling',
  'flowchart',
  'gantt',
  'gitGraph',
  'graph',
  'info',
  'ishikawa',
  'journey',
  'kanban',
  'mindmap',
  'packet',
  'pie',
  'quadrantChart',
  'radar-beta',
  'railroad-beta',
  'railroad-abnf-beta',
  'railroad-ebnf-beta',
  'railroad-peg-beta',
  'requirement',
  'sankey',
  'sequenceDiagram',
  'stateDiagram',
  'swimlane-beta',
  'timeline',
  'treeView-beta',
  'treemap',
  'venn-beta',
  'wardley-beta',
  'xychart',
]

/** The word a mermaid diagram starts with, after front matter, directives and comments ('' for none). */
export function mermaidKind(source: string): string {
  const body = source.replace(/^\s*---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '')
  const line = body.split('\n').map(text => text.trim()).find(text => text && !text.startsWith('%%'))
  return line?.split(/[\s;{]/)[0] ?? ''
}

/** Whether mermaid knows the kind of the diagram `source`. */
export function knownMermaidKind(source: string): boolean {
  const kind = mermaidKind(source)
  return mermaidKinds.some(known => kind.startsWith(known))
}

/** Warn (on `file`, at each diagram's place) about mermaid diagrams of a kind mermaid does not draw. */
export function diagramKinds(tree: Root, file: VFile): void {
  visit(tree, 'code', (node: Code) => {
    if (!drawsDiagram(node.lang, true) || node.lang?.toLowerCase() === 'plantuml' || knownMermaidKind(node.value))
      return
    const kind = mermaidKind(node.value)
    const reason = kind
      ? `Mermaid draws no diagram of kind “${kind.slice(0, 40)}” (it knows graph, flowchart, sequenceDiagram, classDiagram, gitGraph …): the slide shows a placeholder`
      : 'This mermaid diagram is empty: the slide shows a placeholder'
    file.message(reason, { place: node.position, ruleId: 'diagram-kind', source: 'talkdown' })
  })
}
