import type { Paragraph, PhrasingContent } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../../text/phrasing.ts'
import { fitsPoint, runInLabel, shortPoint, shortRanges } from './short-point.ts'
import { isWeakPoint } from './weak-point.ts'

function short(text: string, lang: Lang = 'zh'): string {
  return shortRanges(text, lang).map(([from, to]) => text.slice(from, to)).join('')
}

describe('shortRanges', () => {
  it('keeps the first clauses that fit, at a clause boundary', () => {
    expect(short('2025年被称为"推理之年"，这一年的核心标志是推理（Reasoning）能力成为所有主流LLM的标配功能。')).toBe('2025年被称为"推理之年"')
    expect(short('2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命，采用"可验证奖励强化学习"（RLVR）技术。')).toBe('2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命')
  })
  it('keeps a Chinese sentence with no clause to end at whole up to half again the budget, rather than end it mid-phrase', () => {
    const one = 'Claude Code的出现及其商业成功（截至12月2年收入达到10亿美元）证明了开发者对命令行访问LLM的强烈需求。'
    expect(short(one)).toBe('Claude Code的出现及其商业成功证明了开发者对命令行访问LLM的强烈需求')
    expect(short('异步编程智能体的一大优势是，由于没有个人电脑会受到损害，可以默认在YOLO模式下运行。')).toBe('异步编程智能体的一大优势是，由于没有个人电脑会受到损害，可以默认在YOLO模式下运行')
    // Longer than that, it is cut between words as before.
    expect(short(`${'很长的一句话'.repeat(8)}。`).length).toBeLessThan(48)
  })
  it('drops a Chinese opening time clause when that is what makes the rest fit', () => {
    expect(short('2024年圣诞节，DeepSeek 3的发布标志着中国开源模型革命的开始。')).toBe('DeepSeek 3的发布标志着中国开源模型革命的开始')
    // When a clause fits, the date stays.
    expect(short('2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命，采用"可验证奖励强化学习"（RLVR）技术。')).toBe('2024年9月，OpenAI通过o1和o1-mini模型开启了推理革命')
  })
  it('never ends a Chinese key point inside a subordinate clause or on 是', () => {
    expect(short('这个短暂的高峰期积压是 ok 的，因为高峰期过了之后，下游系统就会快速将积压的消息消费掉。')).not.toMatch(/因为高峰期过了之后$/u)
  })
  it('keeps a bold lead phrase when its sentence is too long', () => {
    expect(short('AI辅助搜索的突破：将搜索引擎与LLM连接的效果在2025年真正得到改善。')).toBe('AI辅助搜索的突破')
  })
  it('keeps what a colon announces, not the announcing head', () => {
    // What it announces is too long to show whole ("…更愿意在智能体" would want its action): nothing.
    expect(short('2025年5月，Claude 4的系统卡片包含了一些特别有趣的内容：Claude Opus 4似乎比之前的模型更愿意在智能体上下文中主动采取行动，包括"将用户锁定在其有权访问的系统中"。')).toBe('')
    expect(short('2025年5月，Claude 4的系统卡片包含了一些特别有趣的内容：Claude Opus 4更愿意主动采取行动，包括"将用户锁定在系统中"。')).toBe('Claude Opus 4更愿意主动采取行动')
    expect(short('In this post, I cover one thing: caches make builds fast.', 'en')).toBe('caches make builds fast')
  })
  it('never ends inside an address', () => {
    expect(short('翻訳 : Svelte日本コミュニティ\n原文 : https://svelte.dev/blog/virtual-dom-is-pure-overhead と比べてください。', 'ja')).not.toMatch(/https$/u)
  })
  it('drops lead-ins and connectives', () => {
    expect(short('值得注意的是，推理模型在代码领域表现尤为出色。')).toBe('推理模型在代码领域表现尤为出色')
    expect(short('因此，2025年的能力提升主要体现在强化学习的时间投入上，而非模型规模的盲目增长。')).toBe('2025年的能力提升主要体现在强化学习的时间投入上')
    // "So far" is no connective: dropping "So" left "Far we've used very little hardware".
    expect(short('So far we\'ve used very little hardware.', 'en')).toBe('So far we\'ve used very little hardware')
  })
  it('never leaves a quotation open or ends with an ellipsis', () => {
    const text = short('能够调用工具的推理模型可以规划多步骤任务、执行并持续"对结果进行推理"，从而更新计划以更好地实现目标。')
    expect(text.split('"').length % 2).toBe(1)
    expect(text).not.toMatch(/…$/u)
    expect(fitsPoint(text, 'zh')).toBe(true)
  })
  it('drops an English introductory clause and never ends on a word that wants more', () => {
    expect(short('As Rust continues to grow, we must acknowledge the diversity of cultures.', 'en')).toBe('we must acknowledge the diversity of cultures')
    expect(short('In 2023, we saw a slight jump in the number of respondents.', 'en')).toBe('we saw a slight jump in the number of respondents')
    expect(shortPoint([{ type: 'text', value: 'In 2023, we saw a slight jump in the number of respondents.' }], 'en')).toEqual([{ type: 'text', value: 'We saw a slight jump in the number of respondents' }])
    expect(short('Rust expertise has generally increased amongst our respondents over the past year, and more.', 'en')).not.toMatch(/\b(?:over|our)$/u)
  })
  it('cuts English before a phrase, within ten words', () => {
    const text = short('Claude Code was released in February as a second item of the Claude 3.7 Sonnet announcement, without a blog post.', 'en')
    expect(text).toBe('Claude Code was released in February as a second item')
    expect(short('Funding, governance and tooling all changed, and this review walks through the highlights.', 'en')).toBe('Funding, governance and tooling all changed')
  })
})

describe('shortRanges on whole English clauses', () => {
  it('keeps a whole clause of up to twelve words rather than cut it to ten', () => {
    expect(short('23% can write simple programs in Rust, 28% can write production-ready code, and 47% can do neither.', 'en')).toBe('23% can write simple programs in Rust, 28% can write production-ready code')
  })
  it('never stops at an opening phrase, a conjunction or a subject', () => {
    const text = short('Of those who used Rust in 2023, a large majority of them used it every day or nearly every day of the year.', 'en')
    expect(text).not.toBe('Of those who used Rust in 2023')
    expect(short('A materialized view is a form of view but, unlike a view, it also stores its results on disk for later.', 'en')).not.toMatch(/\bbut$/u)
  })
})

describe('shortRanges: Japanese', () => {
  it.each([
    // Too long to show whole: cut between words, never inside a verb's endings.
    ['ライブラリのコードが事前にコンパイルされていれば、アプリケーションでコンパイラを有効にしていなくても、ユーザーはその恩恵を受けることができます。'],
    ['Women of React Conf の運営経験について共有していただいた皆さん、そしてカンファレンスのウェブサイトとチケットのデザインと構築を担当してくださった方々に感謝します。'],
  ])('cuts %s between words, not inside an inflection', (text) => {
    const shown = short(text, 'ja')
    const start = text.indexOf(shown)
    expect(shown.length).toBeLessThan(text.length)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(`${shown.at(-1)}${text[start + shown.length]}`).not.toMatch(/^\p{Script=Hiragana}{2}$/u)
    expect(`${text[start - 1] ?? ''}${shown[0]}`).not.toMatch(/^\p{Script=Hiragana}{2}$/u)
  })
  // Where no head of a sentence reads whole, its main clause, last in Japanese and Chinese, is the point.
  it.each([
    ['React Compiler は React 19 に追加されたランタイム API に依存するコードを生成しますが、React 17 および 18 でもコンパイラが動作するようにサポートを追加しました。', 'React 17 および 18 でもコンパイラが動作するようにサポートを追加しました'],
  ])('shows %s as its main clause', (text, expected) => {
    expect(short(text, 'ja')).toBe(expected)
  })
  it('never shows the tail of a list of names as a main clause', () => {
    const text = 'この投稿のレビュー・編集に協力していただいた Sathya Gunasekaran、Joe Savona、Ricky Hanlon、Alex Taylor、Jason Bonta、Eli White に感謝します。'
    expect(short(text, 'ja')).not.toMatch(/^(?:Joe|Ricky|Alex|Jason|Eli)/u)
  })
})

describe('isWeakPoint', () => {
  it.each([
    ['Rustで', true],
    ['処理が高速なので', true],
    ['新しいバージョンでは', true],
    ['設定ファイルを', true],
    ['コンパイラの', true],
    ['性能を改善するため', true],
    ['型チェックについて', true],
    ['ビルドが速くなった', false],
    ['必要なもの', false],
    ['今年の振り返り', false],
    ['Rustを使い始めました', false],
    ['以前 React Conf にて', true],
    ['まだ React 19 に移行していない場合でも', true],
    ['ライブラリのコードが事前にコンパイルされていれば', true],
    ['このプロセス全体を通じて', true],
    ['開発者が明示的にメモ化を適用し', true],
    ['設定はすべて', false],
    ['ついに安定版になりました', false],
  ] as const)('a Japanese point %s ends on a particle or a conjunctive ending: %s', (text, weak) => {
    expect(isWeakPoint(text, 'ja')).toBe(weak)
  })
  it('takes a pointer to more reading for a fragment, in either language', () => {
    expect(isWeakPoint('See #28491 for more info', 'en')).toBe(true)
    expect(isWeakPoint('For more information, see the docs', 'en')).toBe(true)
    expect(isWeakPoint('详见附录中的完整数据', 'zh')).toBe(true)
    expect(isWeakPoint('これに関するドキュメントはこちらでご覧いただけます', 'ja')).toBe(true)
    expect(isWeakPoint('これに関するドキュメントはこちら', 'ja')).toBe(true)
    expect(isWeakPoint('こちらの機能は安定版で使えます', 'ja')).toBe(false)
    expect(isWeakPoint('Seeding the database takes a minute', 'en')).toBe(false)
    expect(isWeakPoint('useActionState handles pending state for Actions', 'en')).toBe(false)
  })
  it('takes a claim cut off just after its verb for a fragment', () => {
    expect(isWeakPoint('Claude Code的出现及其商业成功证明了开发者', 'zh')).toBe(true)
    expect(isWeakPoint('约翰·雷贝格关于AI中的偏差常态化文章指出', 'zh')).toBe(true)
    expect(isWeakPoint('Claude Code的成功证明了开发者对命令行的需求', 'zh')).toBe(false)
    // "…的开始" is a noun, not a verb waiting for its object.
    expect(isWeakPoint('DeepSeek 3的发布标志着中国开源模型革命的开始', 'zh')).toBe(false)
    expect(isWeakPoint('中国开源模型已经开始', 'zh')).toBe(true)
  })
})

describe('key points never stop at a connective or a bare time phrase', () => {
  it('ends a Chinese clause before a connective that opens the next', () => {
    expect(short('超过半数的贡献者每周参与开源的时长大于 5 小时，此外，有超过 10% 的贡献者每周参与开源的时长达 35 小时，已经接近全职开发者的标准。')).toBe('超过半数的贡献者每周参与开源的时长大于 5 小时')
  })
  it('takes "Back in Rust 1.51" for a fragment', () => {
    expect(isWeakPoint('Back in Rust 1.51', 'en')).toBe(true)
    expect(isWeakPoint('Back pressure keeps the queue short', 'en')).toBe(false)
  })
})

describe('a key point is one sentence', () => {
  it('stops a list item of several sentences where its first ends', () => {
    expect(short('In order to achieve the best performance, Vapor Mode will only support a subset of Vue features. In particular, Vapor Mode components will only support Composition API.', 'en')).toBe('Vapor Mode will only support a subset of Vue features')
    expect(short('大多数受访运营者所在开源社区有专人负责社区运营。近半数受访者表示社区有运营预算。')).toBe('大多数受访运营者所在开源社区有专人负责社区运营')
  })
  it('does not stop at a full stop inside brackets', () => {
    const point = short('Not enforcing mutual exclusivity (i.e. allowing both fields to be set at once by a controller) keeps the API simple.', 'en')
    expect(point.split('(').length).toBe(point.split(')').length)
  })
  it('drops an "Over the course of" opening', () => {
    expect(short('Over the course of 2022, we saw the NPM usage of Vue 3 grew by almost 200%.', 'en')).toBe('we saw the NPM usage of Vue 3 grew by almost 200%')
  })
})

describe('parentheticals', () => {
  it('keeps one the words before it want, and drops an aside', () => {
    expect(short('Items marked with (R) are required prior to targeting to a milestone and a release.', 'en')).toMatch(/^Items marked with \(R\) are required/u)
    expect(short('The compiler (written in Rust itself since 2011 by a small team) now builds twice as fast on every platform we test.', 'en')).not.toContain('(')
  })
  // d2l's equation references, "(2)" where the book wrote :eqref:`rnn_h_without_state`.
  it.each([
    ['在 (2)中，我们拥有的隐藏层权重参数为矩阵，偏置参数为向量，以及隐藏单元的数目为h。', 'zh', '在 (2)中'],
    ['We can write (2) using the transition probabilities in the Markov decision process as the sum over all actions.', 'en', 'We can write (2) using'],
  ] as const)('keeps a number alone in brackets, a reference: %s', (text, lang, start) => {
    expect(short(text, lang)).toMatch(new RegExp(`^${start.replace(/[()]/gu, '\\$&')}`, 'u'))
  })
})

describe('inline code is one word of its sentence', () => {
  const parse = (markdown: string): PhrasingContent[] => (unified().use(remarkParse).parse(markdown).children[0] as Paragraph).children
  it.each([
    ['While not the biggest change, the addition of the `..` (rest) pattern has been a welcome change that greatly improves what you can express with slices.', 'en'],
    ['We use `a.b()` to call it, and it works well for every case we have seen so far.', 'en'],
  ] as const)('%s', (markdown, lang) => {
    const point = plainText(shortPoint(parse(markdown), lang))
    expect(point).toMatch(/^\S/u)
    expect(isWeakPoint(point, lang)).toBe(false)
    expect(point).toContain(plainText(parse(markdown).filter(node => node.type === 'inlineCode')))
  })
})

describe('a run-in bold label heads the point of what it labels', () => {
  const parse = (markdown: string): PhrasingContent[] => (unified().use(remarkParse).parse(markdown).children[0] as Paragraph).children
  it.each([
    ['**Step 1.** At the beginning, the potential is assumed to be zero.', 'en', 'Step 1: The potential is assumed to be zero'],
    ['**Lemma.** The resulting potential is still a correct potential.', 'en', 'Lemma: The resulting potential is still a correct potential'],
    ['**Tree coloring book**. Given a tree in which each vertex has $k$ children.', 'en', 'Tree coloring book: Given a tree in which each vertex has $k$ children'],
    ['**图像模型**: 被Nano Banana Pro超越', 'zh', '图像模型：被Nano Banana Pro超越'],
    ['**Clippy 1.0** Rust\'s linter for catching common mistakes. Clippy makes it easy.', 'en', 'Clippy 1.0: Rust\'s linter for catching common mistakes'],
    // A bold lead that says something is no label: it stands alone when its text is long.
    ['**推理能力成为标配**：从OpenAI的o系列开始，所有主流厂商都推出了推理模型', 'zh', '推理能力成为标配'],
  ] as const)('%s', (markdown, lang, expected) => {
    expect(plainText(shortPoint(parse(markdown), lang))).toBe(expected)
  })
  it('keeps the label\'s link', () => {
    const point = shortPoint(parse('**[1.6](https://example.com) — Libcore:** `libcore` is a subset of the standard library.'), 'en')
    expect(point[0]).toMatchObject({ type: 'strong', children: [{ type: 'link', url: 'https://example.com' }, { type: 'text', value: ' — Libcore' }] })
  })
  it.each([
    ['**Step 1.** At the beginning, the potential is zero.', 'en', 5],
    ['**This is important.** Read the manual first.', 'en', undefined],
    ['Text **Lemma.** more', 'en', undefined],
    ['**Lemma.**', 'en', undefined],
  ] as const)('runInLabel: %s → %s', (markdown, lang, rest) => {
    expect(runInLabel(parse(markdown), lang)?.rest).toBe(rest === undefined ? undefined : rest + 3)
  })
})

describe('a sentence in English in a Chinese or Japanese article', () => {
  const parse = (markdown: string): PhrasingContent[] => (unified().use(remarkParse).parse(markdown).children[0] as Paragraph).children
  it('is cut by the English rules', () => {
    const english = 'Serverless continues to be adopted rapidly, with 70% of respondents using it, taking it fully into the mainstream.'
    expect(plainText(shortPoint(parse(english), 'ja'))).toBe(plainText(shortPoint(parse(english), 'en')))
  })
})
