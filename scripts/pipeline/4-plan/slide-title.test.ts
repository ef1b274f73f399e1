import type { Chart } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { chartTitle, keyPhrases, pageTitle } from './slide-title.ts'

function bullet(value: string): Point {
  return { kind: 'bullet', item: { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }, body: [], notes: [], lines: 1 }
}

function boldBullet(bold: string, rest: string): Point {
  return { kind: 'bullet', item: { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: bold }] }, { type: 'text', value: rest }] }] }, body: [], notes: [], lines: 1 }
}

function lead(value: string): Point {
  return { kind: 'lead', body: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }], notes: [], lines: 1.3 }
}

const picture: Point = { kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url: 'a.png', alt: 'screen capture' }] }], notes: [], lines: 7 }

// A paragraph kept for the notes: it shows nothing.
function said(value: string): Point {
  return { kind: 'block', body: [], notes: [{ type: 'paragraph', children: [{ type: 'text', value }] }], lines: 0 }
}

const code: Point = { kind: 'block', body: [{ type: 'code', value: 'select * from transcripts where id = 1' }], notes: [], lines: 2 }

describe('keyPhrases', () => {
  it.each([
    // A Japanese clause too long for the title gives the noun phrase it is about, or acts on.
    ['また、React Compiler による開発者の生産性向上も期待される効果でした', 'ja', ['React Compiler による開発者の生産性向上']],
    ['安定版リリース後には、コンパイラによる最適化と改善をさらに追加する予定です', 'ja', ['コンパイラによる最適化と改善']],
    // A clause that fits is taken whole.
    // A clause that opens on "and" continues the one before: no title.
    ['Views simplify running complex queries, and they cost nothing', 'en', ['Views simplify running complex queries']],
    // Whole words only, never ending on a word that wants more ("the", "of", "to").
    ['Rust programmers target a diverse set of platforms and devices today', 'en', ['Rust programmers target a diverse set']],
    ['Rust 1.65 stabilises generic associated types for everyone to use.', 'en', ['Rust 1.65 stabilises generic associated types']],
    // A cut stops before a word that opens a phrase, never inside one; a figure keeps its sign.
    ['We also asked whether respondents consider themselves members of a marginalized community', 'en', []],
    // A clause opened by "that" or "whether" wants its verb.
    ['It is interesting that 20% of respondents answered yes', 'en', []],
    // A clause of two words ("That said") is a turn of phrase, not a title.
    ['That said, releasing 1.0 does not mean the end', 'en', ['Releasing 1.0 does not mean the end']],
    // Lower case at the start is capitalised.
    ['the majority of respondents prefer English', 'en', ['The majority of respondents prefer English']],
    // Chinese: a clause that fits, whole; a date alone says nothing.
    ['2025年5月，Claude 4的系统卡片包含了有趣的内容', 'zh', ['Claude 4的系统卡片包含了有趣的内容']],
    // A subordinate clause ("如果…") wants its main clause.
    ['如果使用 MQ，那么 A 系统连续发送 3 条消息到 MQ 队列中', 'zh', ['那么 A 系统连续发送 3 条消息到 MQ 队列中']],
    // A Chinese clause too long for the title is not cut between its words; 是…的 is whole.
    ['Claude Code的出现及其商业成功证明了开发者对命令行访问LLM的强烈需求', 'zh', []],
    ['这个短暂的高峰期积压是 ok 的', 'zh', ['这个短暂的高峰期积压是 ok 的']],
    // A quotation runs on with its clause, and a phrase never leaves one open.
    ['它的独特之处在于"能生成有用的文本"', 'zh', ['它的独特之处在于"能生成有用的文本"']],
    ['Nano Banana的独特之处在于"能生成有用的文本"', 'zh', ['Nano Banana的独特之处在于"能生成有用的文本"']],
    ['The "Other" category shows more editors', 'en', ['The "Other" category shows more editors']],
    ['Respondents mention "a steep learning curve for newcomers and everyone else" most', 'en', []],
    // Too short to title a slide.
    ['Yes.', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(keyPhrases(text, lang)).toEqual(expected)
  })
})

describe('pageTitle', () => {
  const page = (...points: Point[]): Page => ({ kind: 'content', points })
  it.each([
    // A bold lead opening the slide becomes its title and leaves the body.
    [page(lead('Basic Example'), bullet('A materialized view is created like a view')), [], 'Basic Example', 1],
    // A lead alone stays on the slide: the title is a phrase of something else, or nothing.
    [page(lead('Basic Example')), [], undefined, 1],
    // The first point with a phrase titles the slide; code gives none.
    [page(code, bullet('Views simplify running complex queries, and they cost nothing')), [], 'Views simplify running complex queries', 2],
    // A phrase that is the whole point would only repeat it.
    [page(bullet('Views simplify queries.')), [], undefined, 1],
    // Unless other points stay: then the first short one moves up as their topic.
    [page(bullet('社区的重要性是不言而喻的'), bullet('于是软件基金会成立了'), bullet('于是更多的基金会也成立了')), [], '社区的重要性是不言而喻的', 2],
    // Not when one short point would be left alone.
    [page(bullet('社区的重要性是不言而喻的'), bullet('于是软件基金会成立了')), [], undefined, 2],
    // One short point beside code, with no phrase of its own, moves up into the title.
    [page(bullet('Views simplify queries.'), code), [], 'Views simplify queries', 1],
    // An image's alt text that says what it shows titles the slide before any point's phrase.
    [page(bullet('Views simplify running complex queries, and they cost nothing'), { kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url: 'a.png', alt: 'Query plan of a view' }] }], notes: [], lines: 7 }), [], 'Query plan of a view', 2],
    // Bullets that each open with bold words: those words, joined, when all fit.
    [page(boldBullet('Module System Improvements', ' Large UX improvements'), boldBullet('Rustfix', ' With all the syntax changes')), [], 'Module System Improvements · Rustfix', 2],
    [page(boldBullet('Project leadership detached from project', ''), boldBullet('An overworked leadership body', '')), [], undefined, 2],
    // Bold words before a colon are a speaker's label, not a topic.
    [page(boldBullet('Xander Cesari', ': The chances are high'), boldBullet('Jan David Nose', ': Whenever someone creates a pull request')), ['Xander Cesari'], 'The chances are high', 2],
    [page(boldBullet('Jan David Nose', ': 100%'), boldBullet('Jan David Nose', ': Whenever someone creates a pull request')), ['Jan David Nose'], undefined, 2],
    // A picture alone, its alt saying nothing, is titled by what its notes say after it, never by a bare time.
    [page(picture, said('In the future, whenever you push a change, GitHub Pages will rebuild and deploy your site.')), [], 'GitHub Pages will rebuild', 1],
    // Else by what leads into it.
    [page(said('Step 7: click on the commit message as shown below.'), picture), [], 'Click on the commit message', 1],
    [page(said('Step 7: click on the commit message as shown below.'), picture), ['Click on the commit message'], undefined, 1],
    // A title an earlier slide of the section has is passed over.
    [page(bullet('如果使用 MQ，那么 A 系统连续发送 3 条消息到 MQ 队列中')), ['如果使用 MQ'], '那么 A 系统连续发送 3 条消息到 MQ 队列中', 1],
  ] as const)('%#', (input, taken, title, shown) => {
    const found = pageTitle(input, /\p{Script=Han}/u.test(JSON.stringify(input)) ? 'zh' : 'en', new Set(taken))
    expect(found?.title).toBe(title)
    const after = found?.page ?? input
    expect(after.points.filter(point => point.kind !== 'block' || point.body.length)).toHaveLength(shown)
  })
})

describe('chartTitle', () => {
  const source = { line: 1, column: 1 }
  it.each([
    [{ type: 'bar', title: '年收入', source, items: [] }, '年收入'],
    [{ type: 'glossary', source, items: [{ term: '语境腐烂', definition: '' }, { term: '语境工程', definition: '' }, { term: 'Vibe coding with a very long name indeed', definition: '' }] }, '语境腐烂 · 语境工程'],
    [{ type: 'stat', source, items: [{ label: 'a label far too long for the title of any slide at all', value: 1, display: '1' }] }, undefined],
  ] as Array<[Chart, string | undefined]>)('%#', (chart, expected) => {
    expect(chartTitle(chart, 'zh')).toBe(expected)
  })
})
