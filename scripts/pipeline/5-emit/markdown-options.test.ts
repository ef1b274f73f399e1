import { toMarkdown } from 'mdast-util-to-markdown'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { parseWhole } from '../1-parse/parse.ts'
import { markdownOptions } from './markdown-options.ts'

// The emphasized words of `markdown`, as a CommonMark reader (markdown-it's rules) finds them.
function emphasized(markdown: string): string[] {
  const found: string[] = []
  visit(parseWhole(markdown), 'emphasis', node => void found.push(toString(node)))
  return found
}

describe('emphasis', () => {
  it.each([
    // Glued to Chinese or Japanese words (d2l-zh RNN, d2l-ja gradient descent): stars, no character references.
    ['其中是*隐状态*（hidden state），', '其中是*隐状态*（hidden state），'],
    ['目的関数のその*曲率*も調べる', '目的関数のその*曲率*も調べる'],
    ['是*循环的*（recurrent）', '是*循环的*（recurrent）'],
    ['word*x*y', 'word*x*y'],
    // Between spaces or punctuation: underscores, as before.
    ['a *b* c', 'a _b_ c'],
    ['（*输入*）', '（_输入_）'],
    ['_⏱ 约 6 秒_', '_⏱ 约 6 秒_'],
  ])('%s → %s', (markdown, expected) => {
    const written = toMarkdown(parseWhole(markdown), markdownOptions).trim()
    expect(written).toBe(expected)
    expect(emphasized(written)).toEqual(emphasized(markdown))
  })
})
