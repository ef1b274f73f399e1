import { describe, expect, it } from 'vitest'
import { asks, balanced, changeSign, givesReasonOnly, handsOn, isCreditLine, isFragment, isLabel, isSignOff, leadIn, namesSomething, openingFrame, opensOnSubject, topicPhrase, wholeUpTo, words } from './index.ts'

// Fragments seen on real talks (issue "Any article…") and whole points that must not count.
const cases: ReadonlyArray<readonly [string, string, boolean]> = [
  ['zh', 'WSL1 升级为 WSL2', false],
  ['zh', '相比于前一个 LTS', true],
  ['zh', '比起去年', true],
  ['zh', '相比于去年，收入增长了 20%', false],
  ['zh', '与 (2)相比', true],
  ['zh', '与传统模型相比', true],
  ['zh', '与传统模型相比，它更快', false],
  ['en', 'By using the storage version introduced in upgrading compatibility', true],
  ['en', 'In 2023 the team released a new engine', false],
  ['en', 'By using caches we halved build times', false],
  ['ja', 'いずれかのサービスがエラー コードを返すか', true],
  ['ja', '何を使うか', false],
  ['ja', 'これは正しいですか', false],
  ['zh', '如需了解 TiDB v7.5.0 的性能表现', true],
  ['zh', '若要使用该功能', true],
  ['zh', '如图所示，性能提升了 30%', false],
  ['zh', 'v7.5.0 引入实时更新增量数据校验的 checkpoint 后', true],
  ['zh', '该功能在发布前已经完成测试', false],
  ['zh', '但是高峰期一过，到了下午的时候', true],
  ['zh', 'Claude Opus 4似乎比之前的模型更愿意在智能体上下文中', true],
  ['zh', 'Claude Opus 4更愿意在智能体上下文中主动采取行动', false],
  ['zh', 'Claude Opus 4似乎比之前的模型更愿意', true],
  ['zh', 'Claude Opus 4似乎比之前的模型更愿意在智能体上下文', true],
  ['zh', 'Claude Opus 4似乎比之前的模型更愿意在智能体', true],
  ['zh', '既然我们已经掌握了基本语法，将不会', true],
  ['zh', '不过我们需要寻找一个存储在堆上的数据来探索 Rust 是如何', true],
  ['zh', '不过因为 Rust 同时使第一个变量无效了', true],
  ['zh', '不过 Rust 同时使第一个变量无效了', false],
  ['zh', '用户可以在设置中关闭这个功能', false],
  ['zh', '新版本发布之后', true],
  ['zh', '现在是行动的时候', false],
  ['zh', '我们在发布之后修复了问题', false],
  ['zh', '技术培训赋能', false],
  ['zh', '可观测性很重要', false],
  ['ja', '連続微分可能な', true],
  ['ja', 'ディープラーニングで直接使用されることはほとんど', true],
  ['ja', 'それは大事だな', false],
  ['zh', '通过他们的积极布道', true],
  ['zh', '经过多年的努力', true],
  ['zh', '根据官方的数据', true],
  ['zh', '社区在过去一年里不断成长，通过他们的积极布道', true],
  ['zh', '通过开源吸引了开发者', false],
  ['zh', '通过他们的积极布道，社区吸引了更多开发者', false],
  ['zh', '基于社区的反馈', false],
  ['zh', '对于大模型的看法', false],
  ['en', 'Once you get a qualitative sense it is also', true],
  ['en', 'Richard L. Hudson is best known', true],
  ['en', 'The real value of generational GC is that, when looking', true],
  ['en', 'We left early, because it rained', false],
  ['en', 'We want to do', true],
  ['en', 'The goroutine puts it in the shared area so', true],
  ['en', 'I think so', false],
  ['en', 'Is the Rust world', true],
  ['en', 'The resulting potential is still', true],
  ['en', 'Most respondents said they are not currently', true],
  ['en', 'Things actually scale quite nicely', false],
  ['en', 'It works well', false],
  ['en', 'Is Rust fast', false],
  ['en', 'Does the compiler', true],
  ['en', 'Is there some HIL (Hardware-In-the-Loop) lab somewhere', false],
  ['en', 'Is Rust a language', false],
  ['en', 'How old are you?', false],
  ['en', 'Which systems do you deploy your Go software to?', false],
  ['en', 'How old are you', true],
  ['en', 'Going forward there is a line between DRAM', true],
  ['en', 'There is a line between DRAM and flash', false],
  ['en', 'Collaboration between teams should be very high', false],
  ['en', 'We then said what does it', true],
  ['en', 'Can we', true],
  ['en', 'I did it', false],
  ['en', 'It is interesting to note that respondents also seem', true],
  ['en', 'Users tend', true],
  ['en', 'The dependency graph reflects the dependencies between parts', false],
  ['en', 'We want to do it', false],
  ['en', 'Rick is known for the Train algorithm', false],
  ['en', 'To finish your generational GC', true],
  ['en', 'To finish the cycle you scan the heap', false],
  ['en', 'The operator allows you to easily', true],
  ['en', 'It lets you quickly and easily', true],
  ['en', 'The compiler is fast enough to use daily', false],
  ['en', 'Our community grows but the knowledge', true],
  ['en', 'Luckily, even though the activity doubled', true],
  ['en', 'Luckily, even though the activity doubled, the helpers grew too', false],
  ['en', 'We enabled the GitHub sponsoring this year, but still', true],
  ['en', 'It is not red but blue', false],
  ['en', 'Small but mighty', false],
  ['en', 'The team is small but it ships weekly', false],
  ['en', 'Okay, but what', true],
  ['en', 'In a more general RL setting we would receive some', true],
  ['en', 'E.g', true],
  ['en', 'In summary our loss now looks like \\', true],
  ['en', 'Once you get a qualitative sense', true],
  ['en', 'In a more general RL setting', true],
  ['en', 'The breakdown of the inbound reports per reporting channels since are:', true],
  ['en', 'This is the work of the', true],
  ['en', 'Overall satisfaction with web scrolling', false],
  ['en', '45%', false],
  ['en', 'We saw a notable decrease in respondents who were not', true],
  ['en', 'Each year, the results', true],
  ['en', 'Hello sentence number 1 says a little more', false],
  ['en', 'Of the former Rust users who participated in the 2023 survey', true],
  ['en', 'Each year', true],
  ['en', 'With all that\'s going on in the world you\'d', true],
  ['en', 'We also asked whether respondents', true],
  ['en', 'It is interesting that 20%', true],
  ['en', 'It is interesting that 20% answered yes', false],
  ['en', 'Open Source and Open Governance\nRust has been', true],
  ['en', 'Rust 1.65 stabilizes generic associated types', false],
  ['en', 'Each year, the results improve', false],
  ['en', 'Generic associated types', false],
  ['en', 'Items marked with (R) are required', false],
  ['en', 'The survey had 9,710 responses', false],
  ['en', 'Most respondents use Rust at work', false],
  ['en', 'It is fast', false],
  // Slidev's typographer curls "we're" into "we’re": an apostrophe, not a closing quote.
  ['en', 'In React 19 we’re introducing a new API', false],
  ['en', 'Debbie O’Brien', false],
  ['en', 'That said, releasing 1.0 doesn’t mean that the Rust language is “done”', false],
  ['en', 'It is ‘done', true],
  ['en', 'With all that’s going on in the world', true],
  ['en', 'Jan David Nose: Funnily enough', true],
  ['en', 'Jan David Nose: For us, that leads to a set of questions', false],
  ['en', 'We want them to work on exciting things where there', true],
  ['en', 'If you push the wrong DNS setting, as someone might have done', true],
  ['en', 'If you push the wrong DNS setting, the site goes down', false],
  ['en', 'Jan David Nose: We’ll see', false],
  ['en', '1.14 — Rustup 1.0: Rustup is Rust’s Toolchain manager', false],
  // A colon hands what the clause wants to the list under it.
  ['en', 'For rustdoc, the big things were:', false],
  ['en', 'The changes:', false],
  ['en', 'Okay, but what:', true],
  ['en', 'This is the work of the:', true],
  ['zh', '任何新的 CSS 功能可能需要', true],
  ['zh', '而且还有像 Matplotlib 和 seaborn 这样优秀的可视化库用于', true],
  ['zh', '比如', true],
  ['zh', '对于技术专业人士和开发者而言，2025年提供了前所未有', true],
  ['zh', '机制来', true],
  ['zh', '可以看出，开源社区中', true],
  ['zh', '已经从 Apache 软件', true],
  ['zh', '证明了开发者', true],
  ['zh', '由于没有个人电脑会受到损害', true],
  ['zh', '这里使用的技巧是', true],
  ['zh', '优秀的', true],
  ['zh', '调查结果表明，开发者', true],
  ['zh', '**重要提示：** 要享受此特性带来的好处，你的 Kubernetes 集群', true],
  ['zh', '根据 ASF Project Statistics 显示，Apache DolphinScheduler 社区健康评分为 9.19，这说明社区运行状态良好', false],
  ['zh', '截至2025年12月30日，Artificial Analysis开源权重模型排名中，中国模型占据主导地位', false],
  ['zh', '不知不觉，Apache DolphinScheduler 已经从 Apache 软件基金会孵化器毕业一年啦', false],
  ['zh', '分发渠道：开源社', false],
  ['zh', '调查结果表明', true],
  ['zh', '北京时间', true],
  ['zh', '1-1', false],
  ['zh', '七、安全与伦理的挑战', false],
  ['zh', '对于技术专业人士和开发者', true],
  ['zh', '为了提高效率', true],
  ['zh', 'DeepSeek 3的发布标志着中国开源模型革命的开始', false],
  ['zh', '这个短暂的高峰期积压是 ok 的', false],
  ['zh', '价格增长了 36%', false],
  ['zh', '大多数编程智能体的默认设置是对每个操作请求用户确认', false],
  ['zh', 'Claude Code的出现证明了开发者对命令行访问LLM的强烈需求', false],
  ['zh', '关于大模型的思考', false],
  ['zh', '开源模型的崛起', false],
  ['zh', '2025年LLM领域的关键趋势可以概括为：', false],
  ['zh', '本次调查问卷的基本信息如下：', false],
  ['zh', '下一步是什么？', false],
  ['zh', '这引起了媒体极大关注', true],
  ['zh', '这也是目前国内许多企业选择捐赠开源项目的主要原因之一', true],
  ['zh', '这些企业选择捐赠开源项目', false],
  ['zh', '它的独特之处在于能生成有用的文本', false],
  ['zh', '随着基于缓存的一致性读特性晋升至 Beta 版', true],
  ['zh', '随着特性晋升，我们继续探索', false],
  ['ja', 'にはデジタル庁に非常勤国家公務員として入庁し', true],
  ['ja', 'に、5 年と 4 ヶ月勤めたメルカリを退職した', true],
  ['ja', '5 年と 4 ヶ月勤めたメルカリを', true],
  ['ja', 'デジタル庁に入庁し', true],
  ['ja', '5 年と 4 ヶ月勤めたメルカリを退職した', false],
  ['ja', '今年の振り返り', false],
  ['ja', '新しいチームに参加しました', false],
  ['ja', '「括弧が閉じない', true],
  ['ja', 'Rustで', true],
  ['ja', '高速なので', true],
  ['ja', 'React Conf にて', true],
  ['ja', '移行していない場合でも', true],
  ['ja', 'コンパイルされていれば', true],
  ['ja', '全体を通じて', true],
  ['ja', 'メモ化を適用し', true],
  ['ja', '必要なもの', false],
  ['ja', 'はじめに', false],
  ['ja', 'React Compiler のベータ版を公開しました', false],
  ['ja', 'ライブラリの互換性など', false],
]

describe('isFragment', () => {
  it.each(cases)('%s: %s → %s', (lang, text, expected) => {
    expect(isFragment(text, lang)).toBe(expected)
  })

  it('reads a language it does not know as English', () => {
    expect(isFragment('Das ist ein Test of the', 'de')).toBe(true)
  })
})

describe('givesReasonOnly', () => {
  it.each([
    ['ja', 'アプリの基本構造は変わっていないからです', true],
    ['ja', 'ほとんどのDOM操作は遅くなる傾向があるためです。', true],
    ['ja', '3番目のステップだけが価値を持ちます', false],
    ['en', 'because the structure did not change', false],
  ])('%s: %s → %s', (lang, text, expected) => {
    expect(givesReasonOnly(text, lang)).toBe(expected)
  })
})

describe('isCreditLine', () => {
  it.each([
    ['翻訳 : Svelte日本コミュニティ\n原文 : https://svelte.dev/blog', true],
    ['原文：https://example.com\n译者：张三', true],
    ['Translated by: Jane Doe', true],
    ['原文を参照してください。', false],
    ['The source of the problem was a race.', false],
  ])('%j → %s', (text, expected) => {
    expect(isCreditLine(text)).toBe(expected)
  })
})

describe('wholeUpTo', () => {
  const cuts: ReadonlyArray<readonly [string, string, string, boolean]> = [
    ['en', 'Rust 1.65 stabilizes generic associated types, which were long awaited.', 'Rust 1.65 stabilizes generic associated types', true],
    ['en', 'This year we also asked about the other languages that people use.', 'This year we also asked', false],
    ['en', 'Is the Rust world going to have to think about this?', 'Is the Rust world going', false],
    ['en', 'Everyone knows the spirit of what you\'re trying to do here.', 'Everyone knows the spirit of what you\'re trying', false],
    ['en', 'Rust 1.65 stabilizes generic associated types, which were long awaited.', 'Rust 1.65 stabilizes generic', false],
    ['en', 'Rust 1.65 stabilizes generic associated types, which were long awaited.', 'Rust 1.65 stabilizes gen', false],
    ['zh', '2025年提供了前所未有的机遇，也带来了挑战。', '2025年提供了前所未有的机遇', true],
    ['zh', '2025年提供了前所未有的机遇，也带来了挑战。', '2025年提供了前所未有', false],
    ['zh', '要享受此特性带来的好处，你的集群必须运行。', '要享受此特性带来', false],
    ['zh', '对于开发者而言，2025年提供了前所未有的机遇。', '对于开发者而言，2025年提供了', false],
    ['zh', 'Dane Stuckey谈到了防护措施、红队测试和纵深防御，但也准确。', 'Dane Stuckey谈到了防护措施、红队', false],
    ['zh', 'Dane Stuckey谈到了防护措施、红队测试和纵深防御，但也准确。', 'Dane Stuckey谈到了', false],
    ['zh', 'Dane Stuckey谈到了防护措施、红队测试和纵深防御，但也准确。', 'Dane Stuckey谈到', false],
    ['zh', 'Dane Stuckey谈到了防护措施、红队测试和纵深防御，但也准确。', 'Dane Stuckey谈到了防护措施、红队测试和纵深防御', true],
    ['en', 'Rust 1.65 stabilizes generic associated types, which were long awaited.', 'Rust 1.65 stabilizes', false],
    ['en', 'One thing that we haven\'t mentioned much is how much the language changed.', 'One thing', false],
    ['en', 'This blog post will go through why and when incremental compilation works.', 'This blog post will go', false],
    ['ja', '5 年と 4 ヶ月勤めたメルカリを退職した。その後、転職した。', '5 年と 4 ヶ月勤めたメルカリを退職した', true],
    ['ja', 'このリリースの新機能をサポートするため、新たに構成を用意しました。', 'このリリースの新機能をサポートするため、新た', false],
    ['ja', 'より将来に目を向けた話として、Xuan Huang が発表しました。', 'より将来に目を向けた話として、Xuan Huang', false],
    ['ja', 'モデレーション業務の先頭に立っていただいた方々に感謝します。', 'モデレーション業務の先頭に立っていただいた', false],
    ['ja', '私が取り組んできた2つの重要な分野は、コミュニティの価値観でした。', '私が取り組んできた', false],
    ['ja', '仮想DOMは、状態遷移を考えることなくアプリケーションを開発できるようにします。', '仮想DOMは、状態遷移を考えること', false],
    ['ja', 'これらのグループは、新しいシグナル、言語 SDK など、特定の部分を推進します。', 'これらのグループは、新しいシグナル', false],
    ['ja', 'ロードマップの策定や、ベンダー中立な計装を提供することです。', 'ロードマップの策定や、ベンダー中立な', false],
    ['ja', '5 年と 4 ヶ月勤めたメルカリを退職した。その後、転職した。', '5 年と 4 ヶ月勤めたメルカリを', false],
    ['zh', '随着特性晋升至 Beta 版，该特性已默认启用，为所有集群带来提升。', '随着特性晋升至 Beta 版，该特性已默认', false],
    ['zh', '随着特性晋升至 Beta 版，该特性已默认启用，为所有集群带来提升。', '随着特性晋升至 Beta 版，该特性已默认启用', true],
    ['zh', '这也是目前国内许多企业选择捐赠开源项目的主要原因之一。', '这也是目前国内许多企业', false],
    ['zh', 'DeleteEvent 在 2023 年相比 2022 年有所减少。', 'DeleteEvent 在 2023 年相比 2022', false],
    ['en', 'Well, thank you for all your work and I hope it goes well.', 'Well, thank you for all your work', true],
    ['en', 'Even just six months after its release async programming in Rust has blossomed into a diverse ecosystem.', 'Even just six months after its release async programming', false],
    ['en', 'Using Rust at work has grown every year.', 'Using Rust at work', false],
    ['en', 'The Go language features, goals, and use cases have forced us to rethink the stack.', 'The Go language features, goals, and use cases', false],
    ['en', 'To finish your cycle you simply have to scan the young heap.', 'To finish your cycle you simply', false],
    ['en', 'Richard is best known for his work.', 'Richard is best', false],
    ['en', 'We were seeing 30, 40 and even 50 percent of the time.', 'We were seeing 30', false],
    ['en', 'We tested 3 servers, 2 of them in Europe.', 'We tested 3 servers', true],
    ['en', 'We must acknowledge the diversity, equity, and inclusivity gaps.', 'We must acknowledge the diversity', false],
    ['en', 'We must acknowledge the diversity, equity, and inclusivity gaps.', 'We must acknowledge the diversity, equity', false],
    ['en', 'First we tested the parser, and then we shipped it.', 'First we tested the parser', true],
    ['en', 'It is exciting to see the continued growth.', 'It is exciting', false],
    ['en', 'The team released a survey based on feedback.', 'The team released a survey based', false],
    ['en', 'The results showed that there needs to be more work.', 'The results showed that there needs', false],
    ['en', 'During rendering React will wait for new stylesheets to load.', 'During rendering React will wait', false],
    ['en', 'Actions can be created on the server and passed as props to the client.', 'Actions can be created on the server and passed', false],
    ['en', 'I\'m honestly extremely amazed by what the team did.', 'I\'m honestly extremely', false],
    ['en', 'Richard L. Hudson is best known for his work in memory management including the Train.', 'Richard L. Hudson is best known for his work', true],
    ['en', 'It is often useful to maintain a quantity called the action-value function.', 'It is often useful to maintain a quantity', true],
    ['en', 'Go programs have hundreds of thousands of stacks, and they are managed by the scheduler.', 'Go programs have hundreds of thousands of stacks', true],
    ['zh', '我们从年龄、性别、学历、常驻城市、所处行业、职业身份等方面进行了分析。', '我们从年龄、性别、学历、常驻城市、所处行业、职业身份', false],
    ['zh', '文章指出，反复接触危险行为而没有负面后果。', '文章指出，反复接触危险', false],
    ['zh', '任何尝试过以自动确认模式运行智能体的人，都体验过其中的权衡。', '任何尝试过以自动确认模式运行智能体的人', false],
    ['zh', '他们很快完成了任务，也带来了挑战。', '他们很快完成了任务', true],
    ['en', 'The addition of the `..` (rest) pattern has been a long awaited quality of life feature.', 'The addition of the `..` (rest) pattern has been a long', false],
    ['en', 'Broadly speaking, Go developers asked for help with identifying and applying best practices.', 'Broadly speaking, Go developers asked for help with identifying', false],
    ['en', 'We built the compiler and tested it on every platform.', 'We built the compiler', true],
    ['zh', '相比于前一个 LTS，7.5.0 版本包含 7.2.0-DMR 中已发布的新功能。', '相比于前一个 LTS，7.5.0 版本包含 7.2', false],
    ['en', 'The release ships with Go 1.25.1 and more.', 'The release ships with Go 1.25', false],
    ['zh', '相比于前一个 LTS，7.5.0 版本包含 7.2.0-DMR 中已发布的新功能。', '相比于前一个 LTS，7.5.0 版本包含 7.2.', false],
    ['en', 'The addition of the `..` (rest) pattern has been a long awaited quality of life feature.', 'The addition of the `..` (rest) pattern has been a long awaited quality of life feature', true],
  ]
  it.each(cuts)('%s: %s up to "%s" → %s', (lang, text, head, expected) => {
    expect(wholeUpTo(text, head.length, lang)).toBe(expected)
  })
  it.each([
    ['Rust expertise has grown every year.', 'Rust expertise', true],
    ['You continue until at some point it is time to stop.', 'You continue until at some point it', false],
    ['To finish your cycle you simply have to scan the heap.', 'To finish your cycle you simply', false],
    ['Finally, to finish your cycle you simply set the pointer back.', 'Finally, to finish your cycle you simply', false],
    ['This one design decision has led to some amazing things.', 'This one design decision has led', false],
    ['This one design decision has led to some amazing things.', 'This one design decision', true],
    ['What does it look like for the benchmark?', 'What does it look', false],
    ['The price depends on the region.', 'The price depends', false],
    ['Rust expertise has grown in every region.', 'Rust expertise has grown', true],
  ])('as a headline: %s up to "%s" → %s', (text, head, expected) => {
    expect(wholeUpTo(text, head.length, 'en', { headline: true })).toBe(expected)
  })
})

describe('leadIn and openingFrame', () => {
  it.each([
    ['However, the cache grew.', 'However'],
    ['Hence I propose to use a rocksdb for each region.', 'Hence'],
    ['Let\'s call it an isolated tablet.', undefined],
    ['We will release 2.0 next month.', undefined],
    ['值得注意的是，模型变小了。', '值得注意的是'],
    ['しかし、ちょっと待ってください。', 'しかし'],
    ['このため、キューを使います。', 'このため'],
    ['また会いましょう。', undefined],
  ])('leadIn(%s) → %s', (text, expected) => {
    expect(leadIn(text)).toBe(expected)
  })
  it.each([
    ['As Rust grows, the team grows too.', 'en', 'As Rust grows, '],
    ['In 2023, we shipped.', 'en', 'In 2023, '],
    ['As Rust grows, the team grows too.', 'ja', undefined],
  ])('openingFrame(%s, %s) → %s', (text, lang, expected) => {
    expect(openingFrame(text, lang)).toBe(expected)
  })
})

describe('isLabel', () => {
  it.each([
    ['en', 'Step 1', true],
    ['en', 'Lemma', true],
    ['en', 'Tree coloring book', true],
    ['en', 'The Problem of Potentials', true],
    ['en', 'This is important', false],
    ['en', 'Kuhn himself gave it the name', false],
    ['en', 'Note', false],
    ['zh', '第一步', true],
    ['zh', '图像模型', true],
    ['zh', '智能体技术成熟', false],
    ['zh', '推理能力成为标配', false],
    ['ja', '結論', true],
    ['ja', 'これは重要です', false],
    ['ja', '保証された配信', true],
    ['ja', '重要な点', true],
    ['ja', 'コードを書く', false],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(isLabel(text, lang)).toBe(expected)
  })
})

describe('opensOnSubject', () => {
  it.each([
    ['ja', 'React 17 および 18 でもコンパイラが動作するようにサポートを追加しました', true],
    ['zh', 'Apache DolphinScheduler 社区健康评分为 9.19', true],
    ['zh', '该项目在整个 openEuler 社区中的 OpenRank 排名第三', true],
    ['zh', '则需要从 etcd 获取整个数据集', false],
    ['zh', '但在 2023 年有所减少', false],
    ['zh', '而 ReleaseEvent 则有所增加', false],
    ['zh', '揭示中国在全球开源生态中的全貌', false],
    ['zh', '是体验基于缓存的一致性读优势的最简单方法', false],
    ['zh', '为业界提供全面系统的 OpenRank 指标信息服务', false],
    ['zh', '去年社区增长很快', false],
    ['ja', 'および React China の Jasmine Xie に感謝します', false],
    ['en', 'the team kept up', false],
    ['en', 'GitHub Pages will rebuild your site', true],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(opensOnSubject(text, lang)).toBe(expected)
  })
})

describe('topicPhrase', () => {
  it.each([
    ['ja', 'また、React Compiler による開発者の生産性向上も期待される効果でした', undefined],
    ['ja', 'React Compiler による開発者の生産性向上も期待される効果でした', 'React Compiler による開発者の生産性向上'],
    ['ja', 'コアチームも研究結果を共有にディスカッションリポジトリを使用します', undefined],
    ['ja', 'コンパイラによって静的に分析された診断結果を表示できます', 'コンパイラによって静的に分析された診断結果'],
    ['ja', 'コンパイラによる最適化と改善をさらに追加する予定です', 'コンパイラによる最適化と改善'],
    ['ja', '設定を変更します', undefined],
    ['ja', 'React 18 にはサスペンスを使ったサーバサイドレンダリングのパフォーマンス改善が含まれています', 'サスペンスを使ったサーバサイドレンダリングのパフォーマンス改善'],
    ['zh', '开源模型的崛起提供了更多选择', undefined],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(topicPhrase(text, lang)).toBe(expected)
  })
})

describe('words', () => {
  it('gives offsets into the text and universal parts of speech', () => {
    const text = 'Rust stabilizes GATs.'
    expect(words(text, 'en').map(word => [text.slice(word.start, word.end), word.pos])).toEqual([['Rust', 'noun'], ['stabilizes', 'verb'], ['GATs', 'noun']])
    const zh = '开源模型的崛起'
    expect(words(zh, 'zh').map(word => zh.slice(word.start, word.end)).join('')).toBe(zh)
    expect(words('メルカリを退職した', 'ja').map(word => word.pos)).toEqual(['noun', 'adp', 'noun', 'verb', 'aux'])
  })
})

describe('namesSomething', () => {
  const labels: ReadonlyArray<readonly [string, string, string, boolean]> = [
    ['ja', '% 外れる確率', '31.73%', false],
    ['ja', '以上', '300万', false],
    ['ja', 'コミット数', '33%', true],
    ['ja', 'The', '70%', false],
    ['ja', 'Next.js', '71%', true],
    ['ja', '外れる確率', '31.73%', true],
    ['en', 'Since', '', false],
    ['en', 'We', '', false],
    ['en', 'About', '', false],
    ['en', '$5,000', '$5,000', false],
    ['en', '36%', '36%', false],
    ['en', 'The breakdown of the inbound reports per reporting channels since are:', '', false],
    ['en', 'Web button', '498', true],
    ['en', 'Last year', '', true],
    ['zh', '进度在', '', false],
    ['zh', '36%', '36%', false],
    ['zh', '注册用户', '1亿', true],
    ['zh', '去年', '8.42%', false],
    ['zh', '年全年', '6 亿', false],
    ['zh', '自 成立以来', '', false],
    ['zh', '6 年之后', '', false],
    ['zh', '采集量为全球 OpenRank 用户前', '', false],
    ['zh', '年 GitHub 日志数据', '14 亿', false],
    ['zh', '中正确填写地理位置信息的开发者总量', '200 万', false],
    ['zh', '最高', '31.36%', false],
    ['zh', '增长', '123%', false],
    ['zh', '活跃仓库使用', '770 万', false],
    ['zh', 'kube-apiserver CPU 使用率降低 30%', '30%', true],
    ['zh', '21岁以下的受访者比例', '25.71%', true],
    ['zh', '仓库事件', '6 亿', true],
    ['en', 'requests on crates', '1.8 billion', true],
    ['en', 'Maverick', '400B', true],
    ['en', 'that the overall number of users of its platform surpassed', '100 million', false],
    ['en', 'developers who have', '2 million', false],
    ['en', 'repository events', '600 million', true],
    ['zh', '《并非所有AI辅助编程都是随心编程（但随心编程棒极了）》', '', true],
    ['zh', 'HAWQ 毕业成为 ASF 顶级项目：', '', false],
    ['ja', 'にはデジタル庁に非常勤国家公務員として入庁し', '', false],
    ['ja', 'メルカリを退職', '', true],
  ]
  it.each([['zh', '将定期举办一次 Meetup', true], ['zh', '2017 中国开源年会宣布开源', true], ['zh', '正式发布', true], ['zh', '自 成立以来', false]] as const)('%s event: %s → %s', (lang, label, expected) => {
    expect(namesSomething(label, lang, '', 'event')).toBe(expected)
  })
  it.each(labels)('%s: %s (figure %s) → %s', (lang, label, figure, expected) => {
    expect(namesSomething(label, lang, figure)).toBe(expected)
  })
})

describe('balanced', () => {
  it.each([['(a) b', true], ['(a b', false], ['“a”', true], ['“a', false], ['「a」', true], ['"a', false], ['we’re here', true], ['the users’ choice', true], ['‘done’ it is', true], ['it is ‘done', false], ['‘we’re done’', true], ['actions {go left, go down', false], ['$\\mathcal{A}$ {go left, go up}', true]] as const)('%s → %s', (text, expected) => {
    expect(balanced(text)).toBe(expected)
  })
})

describe('isSignOff', () => {
  it.each([
    ['Cheers,\\\nRyan', true],
    ['Best regards,\nThe Rust team', true],
    ['Thanks!', true],
    ['此致\n敬礼', true],
    ['以上、よろしくお願いします。', true],
    ['Thanks to everyone who helped', false],
    ['Best Practices', false],
    ['Best, Ryan', true],
    ['Love, Mom', true],
    ['Cheers to the team for shipping', false],
  ])('%j → %s', (text, expected) => {
    expect(isSignOff(text)).toBe(expected)
  })
})

describe('asks', () => {
  // A chart's slug has lost its question mark: its words still ask ("where-do-you-live").
  const questions: ReadonlyArray<readonly [string, string, boolean]> = [
    ['en', 'where do you live', true],
    ['en', 'have you used rust', true],
    ['en', 'has rust improved', true],
    ['en', 'how would you rate your rust expertise', true],
    ['en', 'do you use rust', true],
    ['en', 'is rust hard', true],
    ['en', 'can you write rust', true],
    ['en', 'which os do you use', true],
    ['en', 'rust usage', false],
    ['en', 'use rust daily', false],
    ['en', 'having fun', false],
    ['en', 'Rust usage?', true],
    ['zh', '你用什么工具', true],
    ['zh', '你用过 Rust 吗', true],
    ['zh', '开源模型的崛起', false],
    ['ja', 'なぜ Rust を使うのか', true],
    ['ja', '今年の振り返り', false],
  ]
  it.each(questions)('%s: %s → %s', (lang, text, expected) => {
    expect(asks(text, lang)).toBe(expected)
  })
})

describe('changeSign', () => {
  // A percentage that is a change is no share: "commits rose 33%" is not "33% of commits".
  const changes: ReadonlyArray<readonly [string, string, string, number]> = [
    ['ja', 'コミット数は1,011から1,340に33%増加しました', '33%', 1],
    ['ja', '1,864から1,624に減少しました（13%）', '13%', -1],
    ['ja', '昨年に対して16%の増加です', '16%', 1],
    ['ja', '回答者の33%が使っています', '33%', 0],
    ['zh', '社区贡献者增长了 36%', '36%', 1],
    ['zh', '成本下降 13%', '13%', -1],
    ['zh', '36% 的开发者使用 Rust', '36%', 0],
    ['en', 'Commits increased by 33% this year', '33%', 1],
    ['en', 'Usage is up 15% on last year', '15%', 1],
    ['en', 'a 13% drop in files changed', '13%', -1],
    ['en', '36% of respondents use Rust', '36%', 0],
    ['en', 'Software Tools, making up 18.9% of their work', '18.9%', 0],
    ['en', 'broken down 40% by region', '40%', 0],
  ]
  it.each(changes)('%s: %s (%s) → %d', (lang, text, figure, sign) => {
    const start = text.indexOf(figure)
    expect(changeSign(text, start, start + figure.length, lang)).toBe(sign)
  })
})

describe('handsOn', () => {
  it.each([
    ['ja', '私はカンファレンスに頻繁に参加し、登壇し、', true],
    ['ja', 'ほとんどありませんが、', false],
    ['ja', '調べてみると、', false],
    ['zh', '我们参加了会议，', false],
  ] as const)('%s: %s → %s', (lang, head, expected) => {
    expect(handsOn(head, lang)).toBe(expected)
  })
})
