import { diagramLabel, isDrawnDiagram, isPicturedDiagram } from './diagram-label.ts'

describe('diagramLabel', () => {
  it.each([
    ['mermaid', 'graph TD\n  A --> B', '[Diagram: mermaid graph; drawn in the talk, its source is in the notes]'],
    ['mermaid', '%%{init: {"theme":"dark"}}%%\nsequenceDiagram\n  A->>B: hi', '[Diagram: mermaid sequenceDiagram; drawn in the talk, its source is in the notes]'],
    ['mermaid', '---\ntitle: Flow\n---\nflowchart LR\n  a --> b', '[Diagram: mermaid flowchart; drawn in the talk, its source is in the notes]'],
    ['mermaid', 'graph TD; A-->B', '[Diagram: mermaid graph; drawn in the talk, its source is in the notes]'],
    ['plantuml', '@startuml\nAlice -> Bob: hello\n@enduml', '[Diagram: plantuml Alice; drawn in the talk, its source is in the notes]'],
    ['mermaid', '<script>x</script>', '[Diagram: mermaid; drawn in the talk, its source is in the notes]'],
  ])('names a %s diagram by its kind, not its source: %j', (lang, source, label) => {
    expect(diagramLabel(lang, source)).toBe(label)
  })
  it.each([['mermaid', true], ['plantuml', true], ['text', false], [undefined, false]])('isDrawnDiagram(%s) → %s', (lang, drawn) => {
    expect(isDrawnDiagram(lang)).toBe(drawn)
  })
  it.each([
    ['mermaid', true],
    // PlantUML is drawn by a server, never offline: no picture can be taken of it.
    ['plantuml', false],
    ['text', false],
    [null, false],
  ])('isPicturedDiagram(code %s) → %s', (lang, pictured) => {
    expect(isPicturedDiagram({ type: 'code', lang, value: 'graph TD' })).toBe(pictured)
  })
  it('takes no paragraph for a diagram', () => {
    expect(isPicturedDiagram({ type: 'paragraph', children: [{ type: 'text', value: 'mermaid' }] })).toBe(false)
  })
})
