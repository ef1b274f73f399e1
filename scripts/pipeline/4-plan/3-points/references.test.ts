import type { Paragraph, PhrasingContent } from 'mdast'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../../text/phrasing.ts'
import { withoutReferences } from './references.ts'

const parse = (markdown: string): PhrasingContent[] => (unified().use(remarkParse).use(remarkMath).parse(markdown).children[0] as Paragraph).children

describe('withoutReferences', () => {
  it.each([
    ['禁止非整型聚簇索引进行 split table 操作 [#47350](https://github.com/pingcap/tidb/issues/47350) @[tangenta](https://github.com/tangenta)', '禁止非整型聚簇索引进行 split table 操作'],
    ['修复了 MySQL 压缩协议无法处理超大负载数据 (>= 16M) 的问题 [#47152](https://x.test/47152) [#47157](https://x.test/47157) @[dveeden](https://github.com/dveeden)', '修复了 MySQL 压缩协议无法处理超大负载数据 (>= 16M) 的问题'],
    ['Fix the cache (#1234) by @ana', 'Fix the cache'],
    ['Fix the cache, tikv/tikv#15351', 'Fix the cache'],
    ['Speed up builds ([#88](https://github.com/o/r/pull/88))', 'Speed up builds'],
  ])('%s → %s', (markdown, expected) => {
    expect(plainText(withoutReferences(parse(markdown)))).toBe(expected)
  })

  it.each([
    ['We fixed issue #12 last week.'],
    ['[#8207](https://github.com/facebook/docusaurus/pull/8207): improves keyboard navigation'],
    ['Ask @ana about it'],
    ['[#47350](https://x.test/47350)'],
    ['数字はローマン体にする（$\\mathit{3.14}$ ではなく $3.14$）'],
  ])('leaves %s', (markdown) => {
    expect(withoutReferences(parse(markdown))).toEqual(parse(markdown))
  })
})
