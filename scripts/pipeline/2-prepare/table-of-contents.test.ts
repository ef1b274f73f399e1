import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { tableOfContents } from './table-of-contents.ts'

function run(markdown: string): Root {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  tableOfContents(tree)
  return tree
}

const notesOnly = (tree: Root): string[] => tree.children.map(node => `${node.type}${node.data?.talkdownNotesOnly ? ' notes' : ''}`)

describe('tableOfContents', () => {
  it('makes a list of in-article links, nested too, notes-only', () => {
    expect(notesOnly(run('Text\n\n- [A](#a)\n- [B](#b)\n  - [C](#c)\n'))).toEqual(['paragraph', 'list notes'])
  })
  it('turns a Contents heading over such a list into notes-only text', () => {
    expect(notesOnly(run('# T\n\n## 目录\n\n- [A](#a)\n\n## A\n\nText\n'))).toEqual(['heading', 'paragraph notes', 'list notes', 'heading', 'paragraph'])
  })
  it('reads HTML links to anchors as such links (the Go blog\'s "Sections")', () => {
    expect(notesOnly(run('# T\n\n## Sections\n\n- <a href="#demographics">Who did we hear from?</a>\n- <a href="#sentiment">How do people feel\n  about Go?</a>\n\n## Who\n\nText\n'))).toEqual(['heading', 'paragraph notes', 'list notes', 'heading', 'paragraph'])
    expect(notesOnly(run('- <a href="https://go.dev">Go</a>\n- <a href="#a">A</a>\n'))).toEqual(['list'])
  })
  it('leaves lists of other links, or of text, and a Contents heading over prose', () => {
    expect(notesOnly(run('- [Site](https://example.com)\n- [A](#a)\n\n* [A](#a) and more\n\n## Contents\n\nSome prose.\n'))).toEqual(['list', 'list', 'heading', 'paragraph'])
  })
})
