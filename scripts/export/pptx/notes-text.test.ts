import type { RootContent } from 'mdast'
import { notesText } from './notes-text.ts'

it('gives notes as plain lines: paragraphs, numbered and nested items, table rows', () => {
  const notes: RootContent[] = [
    { type: 'paragraph', children: [{ type: 'text', value: 'From line 3.' }] },
    { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Item' }] }, { type: 'tableCell', children: [{ type: 'text', value: 'Value' }] }] }] },
    { type: 'list', ordered: true, start: 2, children: [{ type: 'listItem', children: [
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Bold' }] }, { type: 'text', value: ' point' }] },
      { type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'inner' }] }] }] },
    ] }] },
  ]
  expect(notesText(notes)).toBe('From line 3.\nItem | Value\n2. Bold point\n  • inner')
})
