import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { diagramKinds, knownMermaidKind, mermaidKind } from './diagram-kinds.ts'

describe('mermaidKind', () => {
  it.each([
    ['graph TD\n  A --> B', 'graph', true],
    ['graph TD; A-->B', 'graph', true],
    ['  flowchart-elk LR\n  a --> b', 'flowchart-elk', true],
    ['%%{init: {"theme": "dark"}}%%\n%% a comment\nsequenceDiagram\n  A->>B: hi', 'sequenceDiagram', true],
    ['---\ntitle: Flow\nconfig:\n  theme: dark\n---\nflowchart LR\n  a --> b', 'flowchart', true],
    ['classDiagram-v2\n  A <|-- B', 'classDiagram-v2', true],
    ['xychart-beta\n  bar [1, 2]', 'xychart-beta', true],
    ['gitgraph\n  commit', 'gitgraph', false],
    ['grpah TD\n  A --> B', 'grpah', false],
    ['zenuml\n  A.method()', 'zenuml', false],
    ['', '', false],
  ])('reads %j as %s (known: %s)', (source, kind, known) => {
    expect(mermaidKind(source)).toBe(kind)
    expect(knownMermaidKind(source)).toBe(known)
  })
})

describe('diagramKinds', () => {
  function warnings(markdown: string): string[] {
    const file = new VFile({ path: 'a.md', value: markdown })
    diagramKinds(unified().use(remarkParse).parse(markdown) as Root, file)
    return file.messages.map(message => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
  }
  it('warns at the diagram\'s place about a kind mermaid does not know', () => {
    expect(warnings('Intro.\n\n```mermaid\ngitgraph\n  commit\n```\n')).toEqual([
      '3:1 diagram-kind: Mermaid draws no diagram of kind “gitgraph” (it knows graph, flowchart, sequenceDiagram, classDiagram, gitGraph …): the slide shows a placeholder',
    ])
  })
  it('says nothing about known kinds, plantuml or other code', () => {
    expect(warnings('```mermaid\ngraph TD\n```\n\n```plantuml\n@startuml\n@enduml\n```\n\n```js\ngitgraph\n```\n')).toEqual([])
  })
})
