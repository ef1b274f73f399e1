import type { Heading, RootContent } from 'mdast'
import type { Section } from '../model/deck.ts'
import { mergeSections } from './merge-sections.ts'

function section(title: string, characters: number): Section {
  const heading: Heading = { type: 'heading', depth: 3, children: [{ type: 'text', value: title }] }
  return { title, heading, blocks: [{ type: 'paragraph', children: [{ type: 'text', value: '测'.repeat(characters) }] }] }
}

describe('mergeSections', () => {
  it('puts short neighbours on one section, each heading kept as a sub-heading', () => {
    const merged = mergeSections([section('1.1 甲', 60), section('1.2 乙', 60), section('1.3 丙', 400)], '一、总', () => false)
    expect(merged.map(s => s.title)).toEqual(['1.1 甲 · 1.2 乙', '1.3 丙'])
    expect(merged[0]!.blocks.map(block => block.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph'])
  })
  it('leaves a section with nothing under its heading out of the merged title', () => {
    const empty: Section = { ...section('1.2 空', 0), blocks: [] }
    const merged = mergeSections([section('1.1 甲', 60), empty, section('1.3 丙', 60), section('1.4 丁', 400)], '一、总', () => false)
    expect(merged[0]!.title).toBe('1.1 甲 · 1.3 丙')
  })
  it('titles a part that fits on one slide with the part’s title', () => {
    expect(mergeSections([section('1.1 甲', 60), section('1.2 乙', 60)], '一、总', () => false).map(s => s.title)).toEqual(['一、总'])
  })
  it('leaves long sections and sections with settings of their own alone', () => {
    const sections = [section('A', 400), section('B', 300), section('C', 40), section('D', 40)]
    expect(mergeSections(sections, 'P', s => s.title === 'D').map(s => s.title)).toEqual(['A', 'B · C', 'D'])
  })
  it.each([
    ['an image', { type: 'paragraph', children: [{ type: 'image', url: 'a.png', alt: 'A' }] }],
    ['a mermaid diagram', { type: 'code', lang: 'mermaid', value: 'graph TD\n  A --> B' }],
    ['a plantuml diagram', { type: 'code', lang: 'plantuml', value: '@startuml\nA -> B\n@enduml' }],
  ] as [string, RootContent][])('keeps a short section with %s on a slide of its own', (_, block) => {
    const visual: Section = { ...section('1.2 乙', 20), blocks: [block] }
    expect(mergeSections([section('1.1 甲', 20), visual, section('1.3 丙', 20)], '一、总', () => false).map(s => s.title)).toEqual(['1.1 甲', '1.2 乙', '1.3 丙'])
  })
  it('merges a short section with other code', () => {
    const code: Section = { ...section('1.2 乙', 20), blocks: [{ type: 'code', lang: 'ts', value: 'let a = 1' }] }
    expect(mergeSections([section('1.1 甲', 20), code], '一、总', () => false).map(s => s.title)).toEqual(['一、总'])
  })
})
