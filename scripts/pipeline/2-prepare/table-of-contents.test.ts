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
  it('leaves lists of other links, or of text, and a Contents heading over prose', () => {
    expect(notesOnly(run('- [Site](https://example.com)\n- [A](#a)\n\n* [A](#a) and more\n\n## Contents\n\nSome prose.\n'))).toEqual(['list', 'list', 'heading', 'paragraph'])
  })
})
