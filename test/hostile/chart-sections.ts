// Random article sections written the way the chart heuristics read them (scripts/pipeline/
// 4-plan/2-charts/: dated items for timelines, figures with units for bars and stat cards,
// "**Term**（English）：definition" for glossaries, a list introduced as a ranking, a
// doubling claim), with payloads in the places that become chart labels.
import fc from 'fast-check'
import { payloads } from './payloads.ts'

// What would run, or turn into Markdown, Vue, Slidev or KaTeX syntax, in a label.
const syntax = payloads

// What YAML reads as something other than a plain string: chart data travels in slide frontmatter.
const yaml = ['key: value', '# not a comment', '\'single\'', '"double"', '&anchor', '*alias', '!!str', '!tag', '| block', '> folded', '%YAML 1.2', '@at', '? key', '- dash', '[a, b]', '{a: b}', 'yes', 'null', '~', '0x1F', '\\x2D', '\\u0000', '...']

/** A chart label: one to three payload words, sometimes with plain CJK or Latin words. */
export const chartLabel = fc.array(fc.constantFrom(...syntax, ...yaml, '模型', 'GPT-5', 'Llama 4', '中文句子，有逗号。'), { minLength: 1, maxLength: 3 }).map(parts => parts.join(' '))

const items = <T>(item: fc.Arbitrary<T>, min: number): fc.Arbitrary<T[]> => fc.array(item, { minLength: min, maxLength: min + 2 })
const list = (lines: string[]): string => lines.map(line => `- ${line}`).join('\n')

const timeline = fc.oneof(
  items(fc.tuple(fc.constantFrom('2024年9月', '2025年1月', '2025年3月15日', '12月', '8月4日'), chartLabel), 3).map(events => list(events.map(([date, label]) => `${date}：${label}`))),
  items(fc.tuple(fc.constantFrom('May 2025', 'Aug 6, 2025', 'December 2024', 'Jan 2026'), chartLabel), 3).map(events => list(events.map(([date, label]) => `${date}: ${label}`))),
  items(fc.tuple(chartLabel, fc.constantFrom('2024年5月推出', '10月发布', '12月16日上线')), 3).map(events => list(events.map(([label, date]) => `**${label}**: ${date}`))),
)

const bars = items(fc.tuple(chartLabel, fc.constantFrom('每月20美元', '$200 a month', '109B', '400B', '35%', '1.2亿元')), 2)
  .map(figures => list(figures.map(([label, figure]) => `**${label}**：${figure}`)))

const stats = items(fc.tuple(chartLabel, fc.constantFrom('550万美元', '1亿注册用户', '$1 billion', '5930亿美元')), 1)
  .map(figures => figures.map(([label, figure]) => `${label}达到${figure}。`).join(''))

const glossary = items(fc.tuple(chartLabel, chartLabel, chartLabel), 2)
  .map(terms => list(terms.map(([term, gloss, definition]) => `**${term}**（${gloss}）：${definition}`)))

const ranking = fc.tuple(fc.constantFrom('开源权重模型排名中，中国模型占据主导地位：', 'The leaderboard, as of December:', '排行榜前五名：'), items(fc.tuple(chartLabel, chartLabel), 3), fc.constantFrom('', '\n\n非中国模型的最高排名是OpenAI的gpt-oss-120B，仅位列第六。'))
  .map(([intro, entries, after]) => `${intro}\n\n${list(entries.map(([name, lab]) => `**${name}**: ${lab}`))}${after}`)

const growth = fc.tuple(chartLabel, fc.constantFrom('每7个月翻一番', 'doubles every 7 months')).map(([subject, claim]) => `${subject}的时长${claim}。`)

/** A section under its own heading that should draw a chart, its labels full of payloads. */
export const chartSection = fc.tuple(chartLabel, fc.oneof(timeline, bars, stats, glossary, ranking, growth)).map(([title, body]) => `## ${title}\n\n${body}`)

/** An article of chart sections, with paragraphs of payloads between them. */
export const chartArticle = fc.array(fc.oneof({ arbitrary: chartSection, weight: 3 }, { arbitrary: chartLabel.map(text => `${text}。`), weight: 1 }), { minLength: 1, maxLength: 6 })
  .map(blocks => `${blocks.join('\n\n')}\n`)
