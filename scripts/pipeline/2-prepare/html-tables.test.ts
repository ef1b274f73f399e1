import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { htmlTables } from './html-tables.ts'

// A blog's table with a blank line in a cell: CommonMark ends the HTML block there and reads the indented figure as code.
const blog = '<table>\n  <tr>\n    <td>\n      \n    </td>\n    <td>\n      2019\n    </td>\n  </tr>\n  <tr>\n    <td>\n      Views\n    </td>\n    <td>\n      527\n    </td>\n  </tr>\n</table>\n\nAfter.\n'

function prepared(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  htmlTables(tree, markdown)
  return tree.children.map(node => node.type === 'table' ? `table ${node.children.map(row => row.children.length).join(',')} @${node.position?.start.line}-${node.position?.end.line}` : `${node.type}${node.data && 'talkdownNotesOnly' in node.data ? ' (notes)' : ''}`)
}

describe('htmlTables', () => {
  it.each([
    ['a table split by blank lines in its cells', blog, ['table 2,2 @1-18', 'html (notes)', 'code (notes)', 'html (notes)', 'paragraph']],
    ['a table in one block', '<table><tr><th>Tool</th><th>Time</th></tr><tr><td>A</td><td>4 s</td></tr></table>\n', ['table 2,2 @1-1', 'html (notes)']],
    ['a table never closed before a heading', '<table>\n<tr><td>A</td>\n\n# Next\n', ['html', 'heading']],
    ['other HTML', '<div>\nHi\n</div>\n', ['html']],
  ])('%s', (_, markdown, expected) => {
    expect(prepared(markdown)).toEqual(expected)
  })
})
