import type { Blockquote, Paragraph } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../../text/phrasing.ts'
import { attributionOf, findQuote, introducesNext, isLinkLine, isLinksOnly, isNameList, withoutQuoteMarks } from './quote.ts'

function quote(markdown: string): { text: string, attribution?: string } | undefined {
  const paragraph = unified().use(remarkParse).parse(markdown).children[0] as Paragraph
  const found = findQuote(paragraph)
  return found && { text: plainText(found.text), attribution: found.attribution }
}

describe('findQuote', () => {
  it('finds a bold quotation and who said it', () => {
    expect(quote('到2025年初，它们发布了。正如研究者安德烈·卡帕西所解读的：**"通过在可自动验证的环境中训练模型，它们自发发展出推理策略。"**'))
      .toEqual({ text: '通过在可自动验证的环境中训练模型，它们自发发展出推理策略。', attribution: '安德烈·卡帕西' })
  })
  it('finds a quotation after a colon', () => {
    expect(quote('METR总结认为："AI能够完成任务的时长每7个月翻一番。"虽然这种模式可能不会持续。'))
      .toEqual({ text: 'AI能够完成任务的时长每7个月翻一番。', attribution: 'METR' })
  })
  it('finds English quotations', () => {
    expect(quote('As the report put it: "AI task length doubles every seven months."'))
      .toEqual({ text: 'AI task length doubles every seven months.', attribution: undefined })
  })
  it('names the speaker or nobody', () => {
    expect(quote('到9月份，一个共识性的定义形成：**"一个通过循环运行工具以实现目标的大型语言系统"**。')?.attribution).toBeUndefined()
    expect(quote('结果发现，实现这一功能的关键提示词是："你应该大胆行动，服务于你的价值观，包括正直。"')?.attribution).toBeUndefined()
    expect(quote('约翰·雷贝格关于偏差常态化的文章指出："反复接触危险行为而没有负面后果，导致接受危险。"')?.attribution).toBe('约翰·雷贝格')
    expect(quote('As Andrej Karpathy put it: "Reasoning emerged from verifiable rewards alone."')?.attribution).toBe('Andrej Karpathy')
    expect(quote('教授李飞飞认为："空间智能是下一个前沿方向，值得长期投入。"')?.attribution).toBe('李飞飞')
  })
  it('ignores short quoted words', () => {
    expect(quote('2025年被称为"推理之年"，这一年很重要。')).toBeUndefined()
  })
})

function blockquote(markdown: string): Blockquote {
  return unified().use(remarkParse).parse(markdown).children[0] as Blockquote
}

describe('attributionOf', () => {
  it.each([
    ['> ——Nathen Harvey, Information Week', 'Nathen Harvey, Information Week'],
    ['> — Linus Torvalds', 'Linus Torvalds'],
    // A saying is no attribution, even one that names someone.
    ['> 在开源和商业利益的十字路口，问题日益严峻。', undefined],
    ['> Linus Torvalds said it first', undefined],
  ] as const)('%s', (markdown, expected) => {
    expect(attributionOf(blockquote(markdown))).toBe(expected)
  })
})

describe('isLinkLine', () => {
  it.each([
    ['> eBay中国：[https://github.com/ebay](http://https:/github.com/ebay)', true],
    ['> Pivotal: <https://github.com/pivotalsoftware>', true],
    ['> [Apache Skywalking (Incubating)](http://skywalking.apache.org/)', true],
    // A label and its link open it: a line of a list of companies, with a fact after.
    ['> 腾讯：[https://github.com/Tencent](https://github.com/Tencent)，正式开源 56 个项目（截至 2018 年 06 月）', true],
    ['> 百度：<https://github.com/baidu> 也有诸多开源项目，其中包括许多重要的基础设施', true],
    // Words of its own around a link: a saying it stays.
    ['> 正如 [Linus](https://example.com/linus) 所说，只要眼睛足够多，所有的缺陷都显而易见', false],
    ['> 在开源和商业利益的十字路口，问题日益严峻的是有关权威、真实性和文化的问题。', false],
  ] as const)('%s', (markdown, expected) => {
    expect(isLinkLine(blockquote(markdown))).toBe(expected)
  })
})

describe('isLinksOnly', () => {
  it.each([
    ['🌐 [CDN](https://www.jsdelivr.com/package/npm/mermaid) | 📖 [Documentation](https://mermaidjs.github.io) | 🙌 [Contribution](c.md)', true],
    ['\\[1] [Xiaoya Xia et al](https://ieeexplore.ieee.org/abstract/document/10043221)', true],
    ['[Open Stack Foundation](https://www.openstack.org/)', true],
    // Words of its own around a link: a sentence, said.
    ['すべての発表は[オンラインストリーミングで閲覧可能です](https://www.youtube.com/watch?v=FZ0cG47msEk)', false],
    ['See [the docs](https://example.com) for more', false],
    ['No link here at all', false],
  ] as const)('%s → %s', (markdown, expected) => {
    expect(isLinksOnly(unified().use(remarkParse).parse(markdown).children[0] as Paragraph)).toBe(expected)
  })
})

describe('introducesNext', () => {
  it.each([
    ['> 百度：<https://github.com/baidu> 也有诸多开源项目，其中：', true],
    ['> The projects it grew are these:', true],
    ['> 在开源和商业利益的十字路口，问题日益严峻。', false],
  ] as const)('%s', (markdown, expected) => {
    expect(introducesNext(blockquote(markdown))).toBe(expected)
  })
})

describe('isNameList', () => {
  it.each([
    ['> evpp、SpriteJS、GoReporter、zendAPI、Atlas MySQL、Firekylin', true],
    ['> Speedy, Taro UI, Hydra, Nerv, Overwatch', true],
    // Three names, or a sentence that lists things, is no list set apart.
    ['> Speedy、Taro UI、Hydra', false],
    ['> 我们关心社区、文档、测试和发布。这些都重要。', false],
  ] as const)('%s', (markdown, expected) => {
    expect(isNameList(blockquote(markdown))).toBe(expected)
  })
})

describe('withoutQuoteMarks', () => {
  it.each([
    ['a saying cut at its clause (the Go survey)', '"Go is by far my favorite language', 'Go is by far my favorite language'],
    ['a whole quoted saying', '“Simple is better.”', 'Simple is better.'],
    ['a Japanese quote', '「シンプルが一番」', 'シンプルが一番'],
    ['two quotes of their own', '"X" and "Y"', '"X" and "Y"'],
    ['a quote inside', 'He said “no” twice', 'He said “no” twice'],
    ['no marks', 'Plain words', 'Plain words'],
    ['a saying and its source', '"Go is small." — Very satisfied / 10+ years', 'Go is small.'],
  ])('%s: %j → %j', (_, text, expected) => {
    expect(plainText(withoutQuoteMarks([{ type: 'text', value: text }]))).toBe(expected)
  })
})
