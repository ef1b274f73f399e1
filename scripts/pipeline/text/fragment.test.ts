import type { Lang } from '../model/deck.ts'
import { isFragment } from './lang/index.ts'

describe('isFragment', () => {
  // Key points talkdown showed on real articles (issue 24), each stopping where a clause was cut.
  it.each<[string, Lang]>([
    ['Once you get a qualitative sense it is also', 'en'],
    ['Okay, but what', 'en'],
    ['In a more general RL setting we would receive some', 'en'],
    ['E.g', 'en'],
    ['In summary our loss now looks like \\', 'en'],
    ['To put this in English, we have some distribution \\(p(x', 'en'],
    ['The breakdown of the inbound reports per reporting channels since are:', 'en'],
    ['Three reasons,', 'en'],
    ['About', 'en'],
    ['Since', 'en'],
    ['We', 'en'],
    ['It', 'en'],
    ['There', 'en'],
    ['我们', 'zh'],
    // A pronoun pointing back says nothing whole on a slide of its own (issue 24: seed 7.2).
    ['这是我们的目的', 'zh'],
    ['这引起了媒体极大关注', 'zh'],
    ['任何新的 CSS 功能可能需要', 'zh'],
    ['而且还有像 Matplotlib 和 seaborn 这样优秀的可视化库用于', 'zh'],
    ['比如', 'zh'],
    ['我们讨论了性能以及', 'zh'],
    ['2025年LLM领域的关键趋势可以概括为', 'zh'],
    ['截至2025年12月30日', 'zh'],
    ['对于技术专业人士和开发者而言，2025年提供了前所未有', 'zh'],
    ['进度在', 'zh'],
    ['接触开源的时长方面', 'zh'],
    ['受访者认为影响一个开源社区健康持续发展的最重要特质主要', 'zh'],
    ['You can get 1.65.0 with', 'en'],
    ['The above example can be simplified to', 'en'],
    ['次下载量', 'zh'],
    ['在第二天的主题演讲中', 'zh'],
    ['他说“这是第一步', 'zh'],
    ['にはデジタル庁に非常勤国家公務員として入庁し', 'ja'],
    ['に、5 年と 4 ヶ月勤めたメルカリを退職した', 'ja'],
    ['メルカリを退職して新しい会社に', 'ja'],
  ])('%j is a fragment', (text, lang) => {
    expect(isFragment(text, lang)).toBe(true)
  })

  it.each<[string, Lang]>([
    ['Rust 1.65 adds generic associated types.', 'en'],
    ['Okay, but what is a policy gradient?', 'en'],
    ['E.g. the borrow checker rejects it.', 'en'],
    ['Generic associated types are stable', 'en'],
    ['Reports by channel (web button, beta API, admin UI)', 'en'],
    ['We shipped it.', 'en'],
    ['AsyncAPI', 'en'],
    ['We shipped it', 'en'],
    ['Now there\'s a language feature specifically for that', 'en'],
    ['A materialized view can be created like this', 'en'],
    ['Pick the one you like', 'en'],
    ['Web button', 'en'],
    ['我们发布了新版本', 'zh'],
    ['Claude Code的出现及其商业成功证明了开发者对命令行访问LLM的强烈需求', 'zh'],
    ['推理能力成为主流', 'zh'],
    ['这种规模前所未有。', 'zh'],
    ['2025年提供了前所未有的机遇', 'zh'],
    ['召开大会', 'zh'],
    ['该功能仍在开发中', 'zh'],
    ['个人电脑不会受到损害', 'zh'],
    ['在第二天的主题演讲中，Nicola 分享了 React Native 的现状', 'zh'],
    ['家庭用户增长最快', 'zh'],
    ['年度报告发布了', 'zh'],
    ['从推理能力的突破到编程智能体的普及', 'zh'],
    ['デジタル庁に入庁した', 'zh'],
    ['はてなに入社しました。', 'zh'],
    ['', 'en'],
  ])('%j is not a fragment', (text, lang) => {
    expect(isFragment(text, lang)).toBe(false)
  })
})
