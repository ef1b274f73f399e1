import { cues } from '../../text/lang/index.ts'
import { announces, announcingHead, leansBack } from './announcements.ts'

describe('announces', () => {
  it.each([
    ['In this post I explain how reward models are trained.', true],
    ['This is a long overdue blog post on Reinforcement Learning.', true],
    ['This article covers three ways to cache a build.', true],
    ['Let\'s look at how the scheduler decides.', true],
    ['We will now walk through the results.', true],
    ['Here\'s a quick overview of the changes.', true],
    ['本文将从多个维度全面梳理关键进展。', true],
    ['接下来我们看看训练数据。', true],
    ['2025年5月，Claude 4的系统卡片包含了一些特别有趣的内容。', true],
    ['我们将介绍以下几个方面的内容。', true],
    ['In addition to this blog post, we have also prepared a report.', true],
    ['Hello, Rustaceans!', true],
    ['大家好，今天聊聊缓存。', true],
    ['Hello Kitty sales rose 5%.', false],
    ['This post-mortem found a race in the scheduler.', false],
    ['The monument will be under scaffolding for repairs.', false],
    ['Let them eat cake, she said.', false],
    ['2024年9月，OpenAI通过o1模型开启了推理革命。', false],
    ['该版本包含了三个新的API。', false],
    // A colon after the announcing head: the sentence says its point itself.
    ['2025年5月，Claude 4的系统卡片包含了一些特别有趣的内容：Claude Opus 4更愿意主动采取行动。', false],
    ['In this post, I cover one thing: caches make builds fast.', false],
    ['本記事では Typst の数式モードについて書く。', true],
    ['それでは、実際の動作を見ていきましょう。', true],
    ['本番環境では設定を変えます。', false],
    ['更多信息，请参考[用户文档](/system-variables.md)。', true],
    ['详细用法请参阅官方文档。', true],
    ['For more information, see the user guide.', true],
    ['詳細については、ドキュメントを参照してください。', true],
    ['更多的用户选择了 TiDB。', false],
    ['For more than ten years, Go has kept its promise.', false],
  ])('%s → %s', (text, expected) => {
    expect(announces(text)).toBe(expected)
  })
  it('says why for every phrasing', () => {
    for (const row of [...cues.announcing, ...cues.leaning])
      expect(row.why.length).toBeGreaterThan(10)
  })
})

describe('announcingHead', () => {
  it.each([
    ['本文包含了一些有趣的内容：推理模型更便宜了。', '推理模型更便宜了。'],
    ['In this post, I cover one thing: caches make builds fast.', 'caches make builds fast.'],
    ['本文包含了一些有趣的内容。', undefined],
    ['结果如下：推理模型更便宜了。', undefined],
    ['In this post, I cover one thing: ok', undefined],
  ])('%s → %s', (text, rest) => {
    const head = announcingHead(text)
    expect(head === undefined ? undefined : text.slice(head)).toBe(rest)
  })
})

describe('leansBack', () => {
  it.each([
    ['It also found that most models snitch.', true],
    ['It is exciting to see the continued growth.', false],
    ['"They were all the same," she said.', true],
    ['This means the cache is cold.', true],
    ['That was the plan all along.', true],
    ['This eighth edition of the survey surfaced new insights.', false],
    ['Those who upgraded saw no change.', false],
    ['This year, Rust grew again.', false],
    ['Itemised bills arrive monthly.', false],
    ['The monument reopens in May.', false],
    ['这项技术的关键在于成本效益。', true],
    ['他们指责Anthropic训练出一个过于道德的模型。', true],
    ['这一年推理能力成为标配。', false],
    ['此外，模型更便宜了。', false],
    ['其中三个模型来自中国。', false],
    ['2025年被称为推理之年。', false],
    ['これにより、プロジェクトの一貫性が保たれています。', true],
    ['それは目的を達成するための手段です。', true],
    ['このリリースで構成が変わりました。', false],
    ['これまでの成果をまとめます。', false],
  ])('%s → %s', (text, expected) => {
    expect(leansBack(text)).toBe(expected)
  })
})
