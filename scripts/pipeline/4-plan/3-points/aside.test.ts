import type { Blockquote } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { githubAlerts } from '../../2-prepare/github-alerts.ts'
import { isAside } from './aside.ts'
import { points } from './points.ts'

const quote = (markdown: string): Blockquote => unified().use(remarkParse).parse(markdown).children[0] as Blockquote

describe('isAside', () => {
  it.each(['> 補足：この機能は実験的です。', '> メモ: 設定は後で変更できます。', '> ヒント：`--watch` を付けると便利です。', '> 備考：数値は2021年時点のものです。'])('takes the Japanese labelled note %s for an aside', (markdown) => {
    expect(isAside(quote(markdown))).toBe(true)
  })
  it('takes a labelled note for an aside, in either language', () => {
    expect(isAside(quote('> 注意：\n>\n> 1. 目前查询优化器还不完善'))).toBe(true)
    expect(isAside(quote('> 注1：通过 `sh gen.sh -h` 查看脚本帮助。'))).toBe(true)
    expect(isAside(quote('> **Note:** this post was updated.'))).toBe(true)
    // An alert, once 2-prepare took its marker out.
    const alert = unified().use(remarkParse).parse('> [!WARNING]\n> Do not run this in production.')
    githubAlerts(alert)
    expect(isAside(alert.children[0] as Blockquote)).toBe(true)
    expect(isAside(quote('> [!WARNING]\n> Do not run this in production.'))).toBe(false)
  })
  it('leaves a saying a quote', () => {
    expect(isAside(quote('> 我们正处在一个新时代的开端。'))).toBe(false)
    expect(isAside(quote('> Notebooks changed how we work.'))).toBe(false)
    expect(isAside(quote('> メモを取ることが大切だと彼は言った。'))).toBe(false)
  })
})

describe('an aside makes points, not a quote slide', () => {
  it('shows the items of a "注意：" list as bullets', () => {
    const made = points([quote('> 注意：\n>\n> 1. 目前Doris的查询优化器和统计信息功能还不完善。\n> 2. 新的查询优化器将在后续的版本中发布。')], { lang: 'zh' })
    expect(made.some(point => point.kind === 'quote')).toBe(false)
    expect(made.filter(point => point.kind === 'bullet')).toHaveLength(2)
  })
})
