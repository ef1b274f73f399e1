import type { List, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { notes } from '../notes.ts'
import { points } from './points.ts'

const blocks = (markdown: string): RootContent[] => unified().use(remarkParse).use(remarkGfm).parse(markdown).children
const releaseNotes = '+ TiDB\n\n    - 优化统计信息的并发模型\n    - 改进 Placement Policy 的使用\n\n+ Tools\n\n    + Backup & Restore (BR)\n\n        - 快照备份新增表间备份参数\n'

describe('a list of groups', () => {
  it('heads the items under each name with it: the names are leads and the items the points', () => {
    const made = points(blocks(releaseNotes), { lang: 'zh' })
    expect(made.map(point => [point.kind, toString(point.kind === 'lead' ? point.body : point.item)])).toEqual([
      ['lead', 'TiDB'],
      ['bullet', '优化统计信息的并发模型'],
      ['bullet', '改进 Placement Policy 的使用'],
      ['lead', 'Tools'],
      ['lead', 'Backup & Restore (BR)'],
      ['bullet', '快照备份新增表间备份参数'],
    ])
  })

  it('keeps the nesting in the notes', () => {
    const said = toMarkdown({ type: 'root', children: notes(points(blocks(releaseNotes), { lang: 'zh' })) })
    expect(said).toBe('* TiDB\n\n  * 优化统计信息的并发模型\n  * 改进 Placement Policy 的使用\n\n* Tools\n\n  * Backup & Restore (BR)\n\n    * 快照备份新增表间备份参数\n')
  })

  it.each([
    ['an outline whose items are sentences', '- First we parse.\n  - then we plan\n- Last, we write.\n  - to disk\n'],
    ['a list where one item names no group', '- TiDB\n  - a fix\n- a plain item\n'],
    ['a task list', '- [x] Feature gate\n  - name: x\n- [ ] Other\n  - y\n'],
  ])('leaves %s to its items', (_, markdown) => {
    const made = points(blocks(markdown), { lang: 'en' })
    expect(made.every(point => point.kind === 'bullet')).toBe(true)
    expect(made).toHaveLength((blocks(markdown)[0] as List).children.length)
  })
})
