import { announcements, announces } from './announcements.ts'

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
    ['This post-mortem found a race in the scheduler.', false],
    ['The monument will be under scaffolding for repairs.', false],
    ['Let them eat cake, she said.', false],
    ['2024年9月，OpenAI通过o1模型开启了推理革命。', false],
    ['该版本包含了三个新的API。', false],
  ])('%s → %s', (text, expected) => {
    expect(announces(text)).toBe(expected)
  })
  it('says why for every phrasing', () => {
    for (const row of announcements)
      expect(row.why.length).toBeGreaterThan(10)
  })
})
