import type { Paragraph } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { isFragment } from '../../text/lang/index.ts'
import { plainText } from '../../text/phrasing.ts'
import { keyPoint } from './key-point.ts'

function paragraph(markdown: string): Paragraph {
  return unified().use(remarkParse).parse(markdown).children[0] as Paragraph
}

function point(markdown: string, budget: number, lang: Lang): string {
  return toMarkdown({ type: 'paragraph', children: keyPoint(paragraph(markdown).children, budget, lang) }).trim()
}

// Paragraph → key point within the budget, cut only where the language layer says a thought ends whole.
const cases: ReadonlyArray<readonly [string, Lang, number, string]> = [
  // A bold lead phrase keeps its first clause.
  ['**AI辅助搜索的突破**：将搜索引擎与LLM连接的效果在2025年真正得到改善。即使是复杂的调研问题，也能解答。', 'zh', 40, '**AI辅助搜索的突破**：将搜索引擎与LLM连接的效果在2025年真正得到改善'],
  // The sentence around a bold phrase.
  ['Some context first. Then **the key idea** matters here. More text follows.', 'en', 40, 'Then **the key idea** matters here'],
  // A quote that runs on is cut at a whole clause, never with "…".
  ['2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命，采用可验证奖励强化学习技术。', 'zh', 30, '2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命'],
  // "…也有诸多开源项目，其中" was cut at the last comma: what follows 其中 is what it says.
  ['百度也有诸多开源项目，其中 Apollo 自动驾驶平台和 PaddlePaddle 深度学习框架最为知名，并被广泛使用。', 'zh', 30, '百度也有诸多开源项目'],
  ['百度：<https://github.com/baidu> 也有诸多开源项目，其中：', 'zh', 104, '百度：<https://github.com/baidu> 也有诸多开源项目'],
  ['The quick brown fox jumps over the lazy dog again and again', 'en', 16, 'The quick brown fox jumps'],
  // Nothing whole fits: nothing is shown (the words stay in the notes).
  ['Supercalifragilisticexpialidocious words keep going without any punctuation at all for a long while', 'en', 8, ''],
]

describe('keyPoint', () => {
  it.each(cases)('%s (%s, %s em) → %s', (markdown, lang, budget, expected) => {
    const shown = point(markdown, budget, lang)
    expect(shown).toBe(expected)
    expect(shown && isFragment(plainText(keyPoint(paragraph(markdown).children, budget, lang)), lang)).toBeFalsy()
  })

  it('keeps inline code', () => {
    expect(plainText(keyPoint(paragraph('Use `sed` and `bash` daily.').children, 40, 'en'))).toBe('Use sed and bash daily')
  })
})
