import { bundledLanguagesInfo } from 'shiki/langs'
import { codeLang, drawsDiagram, isDiagram } from './code-lang.ts'
import { shikiLanguages } from './shiki-languages.ts'

describe('codeLang', () => {
  it('lists exactly the languages and aliases of the installed shiki, the one Slidev uses (deduplicated: see npm ls shiki)', () => {
    const installed = new Set(bundledLanguagesInfo.flatMap(lang => [lang.id, ...(lang.aliases ?? [])]))
    expect([...shikiLanguages].sort()).toEqual([...installed].sort())
  })
  it('keeps bundled languages and their aliases, in lower case', () => {
    expect(codeLang('ts')).toBe('ts')
    expect(codeLang('Python')).toBe('python')
    expect(codeLang('sh')).toBe('sh')
    expect(codeLang('c++')).toBe('c++')
  })
  it('writes any other language as text', () => {
    expect(codeLang('foo')).toBe('text')
    expect(codeLang('')).toBe('text')
    expect(codeLang(undefined)).toBe('text')
    expect(codeLang('js {1,3}')).toBe('text')
    expect(codeLang('markdown')).toBe('text')
  })
  it.each([
    // lang, diagrams setting, drawn, written as
    ['mermaid', undefined, true, 'mermaid'],
    ['Mermaid', undefined, true, 'mermaid'],
    ['mermaid', true, true, 'mermaid'],
    ['mermaid', false, false, 'text'],
    ['mermaid-example', undefined, true, 'mermaid'],
    ['plantuml', undefined, false, 'text'],
    ['plantuml', true, true, 'plantuml'],
    ['plantuml', false, false, 'text'],
    ['ts', true, false, 'ts'],
  ] as const)('draws %s with diagrams: %s → %s, written as %s', (lang, diagrams, drawn, written) => {
    expect(drawsDiagram(lang, diagrams)).toBe(drawn)
    expect(codeLang(lang, diagrams)).toBe(written)
  })
  it('knows the diagram languages', () => {
    expect(isDiagram('Mermaid')).toBe(true)
    expect(isDiagram('plantuml')).toBe(true)
    expect(isDiagram('ts')).toBe(false)
  })
})
