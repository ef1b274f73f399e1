import type { Table } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { shortenTable } from './shorten-block.ts'

const table = (markdown: string): Table => unified().use(remarkParse).use(remarkGfm).parse(markdown).children[0] as Table
const description = '通过该功能，为同一个表添加多个索引的任务可以变为并发运行。以前同时运行两个添加索引语句需要花费两者的时间之和，现在并发运行后总耗时显著减少。'
const header = (shown: ReturnType<typeof shortenTable>): string => toMarkdown(shown.blocks[0]!, { extensions: [gfmToMarkdown()] }).split('\n')[0]!.replace(/\s+/gu, ' ')

describe('shortenTable', () => {
  it.each([
    ['a description column beside names', `| 分类 | 功能 | 描述 |\n| - | - | - |\n| 性能 | 并行添加索引 | ${description} |\n| SQL | MySQL 8.0 兼容性 | ${description} |\n`, '| 分类 | 功能 |', true],
    ['short columns', '| a | b | c |\n| - | - | - |\n| 1 | 2 | 3 |\n', '| a | b | c |', false],
    ['a table of prose only', `| 描述 |\n| - |\n| ${description} |\n`, '| 描述 |', false],
    ['more than five columns', '| a | b | c | d | e | f |\n| - | - | - | - | - | - |\n| 1 | 2 | 3 | 4 | 5 | 6 |\n', '| a | b | c | d | e |', true],
  ])('%s: shows %s', (_, markdown, shown, cut) => {
    const result = shortenTable(table(markdown), 'zh')
    expect(header(result)).toBe(shown)
    expect(result.blocks.length > 1).toBe(cut)
  })
})
