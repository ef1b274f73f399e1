import type { Heading } from 'mdast'
import type { Chart } from '../../model/chart.ts'
import type { Section } from '../../model/deck.ts'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { charts } from './charts.ts'

/** A section from Markdown without a heading. */
function section(markdown: string): Section {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  return { title: 'test', blocks: root.children.filter(n => n.type !== 'heading') as Section['blocks'], heading: root.children.find((n): n is Heading => n.type === 'heading') }
}
const zh = (markdown: string): Chart[] => charts(section(markdown), { lang: 'zh', year: 2025 })
const en = (markdown: string): Chart[] => charts(section(markdown), { lang: 'en', year: 2025 })
const ja = (markdown: string): Chart[] => charts(section(markdown), { lang: 'ja', year: 2025 })
const ofType = <T extends Chart['type']>(list: Chart[], type: T) => list.find((c): c is Extract<Chart, { type: T }> => c.type === type)

describe('charts: glossary', () => {
  it('turns "**Term**（English）：definition" items into cards', () => {
    const chart = ofType(zh('-   **随性编程**（Vibe coding）：完全抛开代码，仅通过提示词快速构建软件原型\n-   **语境腐烂**（Context rot）：会话中上下文越长，模型输出质量越差的现象\n'), 'glossary')
    expect(chart?.items).toEqual([
      { term: '随性编程', gloss: 'Vibe coding', definition: '完全抛开代码，仅通过提示词快速构建软件原型' },
      { term: '语境腐烂', gloss: 'Context rot', definition: '会话中上下文越长，模型输出质量越差的现象' },
    ])
    expect(chart?.source).toEqual({ line: 1, column: 1 })
    expect(chart?.lines).toEqual([1, 2])
  })
})

describe('charts: ranking', () => {
  it('reads the leaderboard and the entry ranked after it', () => {
    const md = '截至2025年12月30日，Artificial Analysis开源权重模型排名中，中国模型占据主导地位：\n\n-   **GLM-4.7**: 智谱AI\n-   **Kimi K2 Thinking**: 月之暗面\n-   **MiMo-V2-Flash**:\n-   **DeepSeek V3.2**: DeepSeek\n-   **MiniMax-M2.1**: MiniMax\n\n非中国模型的最高排名是OpenAI的gpt-oss-120B，仅位列第六。\n'
    const chart = ofType(zh(md), 'ranking')
    expect(chart?.items.map(i => [i.rank, i.label])).toEqual([[1, 'GLM-4.7'], [2, 'Kimi K2 Thinking'], [3, 'MiMo-V2-Flash'], [4, 'DeepSeek V3.2'], [5, 'MiniMax-M2.1'], [6, 'gpt-oss-120B']])
    expect(chart?.items[5]).toMatchObject({ note: 'OpenAI', highlight: true })
    expect(chart?.items[2]?.note).toBeUndefined()
    expect(chart?.lines).toEqual([3, 4, 5, 6, 7, 9])
  })
  it('needs a ranking cue', () => {
    expect(ofType(zh('-   **图像模型**: 被Nano Banana Pro超越\n-   **代码领域**: 许多开发者认为\n-   **开源权重**: 被中国AI实验室超越\n'), 'ranking')).toBeUndefined()
  })
})

describe('charts: timeline', () => {
  it('needs three dated events and sorts them, keeping item years to their item', () => {
    const md = '2025年3月，OpenAI在ChatGPT中引入图像生成功能。\n\n**关键技术演进**：\n\n-   **GPT-4o**: 2024年5月推出，多模态输出功能\n-   **gpt-image-1-mini**: 10月推出更便宜版本\n-   **gpt-image-1.5**: 12月16日推出大幅改进版本\n'
    const chart = ofType(zh(md), 'timeline')
    expect(chart?.events.map(e => [e.date, e.display, e.label])).toEqual([
      ['2024-05', '2024年5月', 'GPT-4o'],
      ['2025-03', '2025年3月', 'OpenAI在ChatGPT中引入图像生成功能'],
      ['2025-10', '10月', 'gpt-image-1-mini'],
      ['2025-12-16', '12月16日', 'gpt-image-1.5'],
    ])
    expect(chart?.events[0]?.group).toBe('关键技术演进')
    expect(chart?.lines).toEqual([5, 1, 6, 7])
    expect(ofType(zh('-   **A**: 10月发布\n-   **B**: 5月发布\n'), 'timeline')).toBeUndefined()
  })
  it('takes a date that says when a figure stood ("截至12月…", "as of May") as no event', () => {
    const md = '-   **Claude Code for web**: 10月发布\n-   **OpenAI Codex web**: 5月发布\n-   **Google Jules**: 5月发布\n\nClaude Code的商业成功（截至12月2年收入达到10亿美元）证明了需求。\n'
    expect(ofType(zh(md), 'timeline')?.events.map(e => e.display)).toEqual(['5月', '5月', '10月'])
    expect(ofType(zh('-   A: 截至3月有10万用户\n-   B: 截至5月有20万用户\n-   C: 截至8月有30万用户\n'), 'timeline')).toBeUndefined()
    expect(ofType(en('- A had 10 users as of May 2025.\n- B had 20 users as of June 2025.\n- C shipped in July 2025.\n'), 'timeline')).toBeUndefined()
  })
  it('takes a dated sentence too long for a label as no event', () => {
    const long = 'We hoped we could solve this problem and saw it as an opportunity to improve the server ecosystem and give some kernel of corn the chance to be knee high by July 2014.'
    expect(ofType(en(`- A shipped in March 2015.\n- B shipped in May 2016.\n- ${long}\n`), 'timeline')).toBeUndefined()
    expect(ofType(en('- A shipped in March 2015.\n- B shipped in May 2016.\n- The 1.9 release came in August 2017.\n'), 'timeline')?.events.map(e => e.label)).toEqual(['A shipped.', 'B shipped.', 'The 1.9 release came.'])
  })
  it('leaves off the author\'s trailing ellipsis, which would read as a label cut short', () => {
    const chart = ofType(zh('-   2021 年 11 月 27 日举行线上 meetup\n-   2022 年 2 月 26 日举行线上 meetup\n-   2022 年 4 月之后，将定期举办一次 Meetup......\n'), 'timeline')
    expect(chart?.events.map(e => e.label).at(-1)).toBe('将定期举办一次 Meetup')
  })
  it('keeps the words after the date whole and leaves off a verb before the thing itself', () => {
    const chart = ofType(zh('-   2021 年 11 月 27 日举行的 Apache DolphinScheduler 线上 meetup，约 4000 人次观看；\n-   2022 年 3 月 26 日和 Apache ShenYu 联合举办线上 Meetup，约 6000 人次观看；\n-   2022 年 4 月之后，将定期举办一次 Meetup\n'), 'timeline')
    expect(chart?.events.map(e => e.label).slice(0, 2)).toEqual(['Apache DolphinScheduler 线上 meetup', 'Apache ShenYu 联合举办线上 Meetup'])
  })
  it('leaves bracketed asides to the notes, but not inside a title', () => {
    const chart = ofType(zh('-   2025 年 2 月，卡帕西创造"随心编程"（Vibe Coding）这个词\n-   2025 年 5 月，发表《并非所有编程都是随心编程（但它棒极了）》\n-   2025 年 10 月，定期举办 Meetup（包括海外联合 Meetup）\n'), 'timeline')
    expect(chart?.events.map(e => e.label)).toEqual(['卡帕西创造"随心编程"这个词', '发表《并非所有编程都是随心编程（但它棒极了）》', '定期举办 Meetup'])
  })
  it('reads English dates', () => {
    const chart = ofType(en('Codex shipped in May 2025. Jules followed on Aug 6. Claude Code for web came in October.'), 'timeline')
    expect(chart?.events.map(e => e.date)).toEqual(['2025-05', '2025-08-06', '2025-10'])
  })
  it('labels "Name - Feb 9-10, Place" events by the name, the day range and separator left out', () => {
    const chart = ofType(en('- [Vue.js Amsterdam](https://vuejs.amsterdam/) - Feb 9-10, Amsterdam, The Netherlands\n- [Vue.js Live](https://vuejslive.com/) - May 12 & 15th, London, UK\n- VueFes Japan - October 28th, Tokyo, Japan (info TBA)\n'), 'timeline')
    expect(chart?.events.map(e => e.label)).toEqual(['Vue.js Amsterdam', 'Vue.js Live', 'VueFes Japan'])
  })
})

describe('charts: bar', () => {
  it('labels a figure in brackets by the word before them; a figure "较去年的" names only a period, so no chart', () => {
    const shares = ofType(zh('调查显示，开源社区中绝大多数成员为使用者（73.37%），同时有近半数参与者（49.03%）和少部分贡献者（26.51%）。'), 'bar')
    expect(shares?.items.map(i => i.label)).toEqual(['使用者', '参与者', '贡献者'])
    const years = ofType(zh('值得一提的是，21岁以下的受访者比例为25.71%，较去年的8.42%有显著提升。'), 'bar')
    expect(years).toBeUndefined()
  })
  it('compares monthly prices of a list with the one in its intro', () => {
    const md = 'ChatGPT Plus最初每月20美元的价格，是根据Discord上的一项谷歌表格调查草率决定的。2025年，一个新的定价先例出现：\n\n-   **Claude Pro Max 20x**: 每月200美元\n-   **ChatGPT Pro**: OpenAI的类似200美元计划\n-   **Google AI Ultra**: 每月249美元，前三个月有124.99美元折扣\n'
    const chart = ofType(zh(md), 'bar')
    expect(chart?.items.map(i => [i.label, i.value, i.display])).toEqual([['ChatGPT Plus', 20, '20美元'], ['Claude Pro Max 20x', 200, '200美元'], ['ChatGPT Pro', 200, '200美元'], ['Google AI Ultra', 249, '249美元']])
    expect(chart?.unit).toBe('美元/月')
  })
  it('pairs names and figures given "respectively"', () => {
    expect(ofType(zh('-   模型"太大"：Llama 4 Scout和Maverick分别是109B和400B\n-   无法在量化后于64GB Mac上运行\n'), 'bar')?.items.map(i => [i.label, i.value])).toEqual([['Llama 4 Scout', 1.09e11], ['Maverick', 4e11]])
    expect(ofType(en('Scout and Maverick are 109B and 400B.'), 'bar')?.items.map(i => i.label)).toEqual(['Scout', 'Maverick'])
  })
  it('draws a list of changes as changes: signed, a fall among them, not as shares (OpenTelemetry\'s 2024 review)', () => {
    const md = '- **コミット数**は1,011から1,340に33%増加しました\n- **コントリビューター数**は92から106に15%増加しました\n- 唯一減少したメトリクスは**変更されたファイル数**で、1,864から1,624に減少しました（13%）\n'
    const chart = ofType(ja(md), 'bar')
    expect(chart?.items.map(i => [i.value, i.display])).toEqual([[33, '+33%'], [15, '+15%'], [-13, '−13%']])
    expect(chart?.unit).toBe('% 増減')
  })
  it('keeps shares and changes apart', () => {
    const chart = ofType(zh('- **使用者**：73%\n- **参与者**：49%\n- **贡献者**：26%\n- 社区规模增长了 12%\n'), 'bar')
    expect(chart?.items.map(i => i.display)).toEqual(['73%', '49%', '26%'])
    expect(chart?.unit).toBe('%')
  })
  it('names model sizes in one sentence', () => {
    const md = '2025年1月，Mistral发布了Mistral Small 3，这是一个Apache 2许可的24B参数模型，性能与Llama 3.3 70B不相上下，但只需大约三分之一的内存。'
    expect(ofType(zh(md), 'bar')?.items.map(i => [i.label, i.display])).toEqual([['Mistral Small 3', '24B'], ['Llama 3.3', '70B']])
  })
})

describe('charts: stat and growth', () => {
  it('makes stat cards of big money figures, labelled from the sentence', () => {
    const chart = ofType(zh('据说其训练成本仅为550万美元左右，这一发布引发了AI/半导体行业的大规模抛售——英伟达市值损失近5930亿美元，投资者担心AI不再是美国的垄断领域。'), 'stat')
    expect(chart?.items.map(i => [i.label, i.display])).toEqual([['训练成本', '550万美元'], ['英伟达市值损失', '5930亿美元']])
    expect(ofType(zh('2025年3月，OpenAI在ChatGPT中引入图像生成功能，一周内带来了1亿注册用户。'), 'stat')?.items[0]).toMatchObject({ label: '注册用户', value: 1e8, display: '1亿' })
    expect(ofType(en('Annual revenue reached $1 billion by December.'), 'stat')?.items[0]).toMatchObject({ label: 'Annual revenue', value: 1e9, display: '$1 billion' })
  })
  it('draws a doubling claim as a growth curve', () => {
    expect(ofType(zh('METR总结认为："AI能够完成任务的时长每7个月翻一番。"'), 'growth')).toMatchObject({ doublingMonths: 7, label: '任务的时长', display: '每7个月翻一番' })
    expect(ofType(en('The length of tasks AI can do doubles every 7 months.'), 'growth')).toMatchObject({ doublingMonths: 7, display: 'doubles every 7 months' })
  })
  it('marks the durations the section gives on the growth curve, spanning up to the longest', () => {
    const chart = ofType(en('- Humans need 8 hours for the task\n- The best model of 2024 could finish it in 15 minutes\n\nTask length doubles every 6 months.'), 'growth')
    expect(chart?.marks).toEqual([{ label: 'Humans', display: '8 hours', minutes: 480 }, { label: 'best model of 2024', display: '15 minutes', minutes: 15 }])
    expect(chart?.months).toBe(30)
    expect(chart?.lines).toEqual([4, 1, 2])
  })
  it('returns no chart for plain prose', () => {
    expect(zh('推理技术的真正价值在于驱动工具使用。')).toEqual([])
  })
})
