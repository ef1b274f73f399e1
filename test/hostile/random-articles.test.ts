// Property tests: random Markdown articles built from nasty pieces (Vue, Slidev and HTML
// syntax, Markdown edge cases, CJK text) must give sound, inert decks, the same every time.
import fc from 'fast-check'
import { chartSection } from './chart-sections.ts'
import { deckProblems, generateText } from './deck-checks.ts'
import { nasty } from './payloads.ts'

const word = fc.constantFrom(...nasty)
const inline = fc.array(word, { minLength: 1, maxLength: 6 }).map(parts => parts.join(' '))
const lines = fc.array(inline, { minLength: 1, maxLength: 3 }).map(parts => parts.join('\n'))

const block: fc.Arbitrary<string> = fc.oneof(
  lines,
  fc.tuple(fc.integer({ min: 1, max: 4 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  inline.map(text => `${text}\n---`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), inline), { minLength: 1, maxLength: 5 }).map(items => items.map(([depth, text]) => `${'  '.repeat(depth)}- ${text}`).join('\n')),
  lines.map(text => text.split('\n').map(line => `> ${line}`).join('\n')),
  fc.tuple(fc.constantFrom('', 'js', 'mermaid', 'md', 'plantuml', 'ts {monaco}'), lines).map(([lang, text]) => `\`\`\`${lang}\n${text}\n\`\`\``),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a.replaceAll('|', '\\|')} | b |\n| --- | --- |\n| ${b.replaceAll('|', '\\|')} | c |`),
  lines.map(text => `<div>\n${text}\n</div>`),
  inline.map(text => `---\ntitle: ${text}\n---`),
  inline.map(text => `[^1]: ${text}`),
  fc.constantFrom('---', '***', '<!--', '-->', '::left::', '$$', '<<< @/package.json', '<style>body { display: none }</style>', '<iframe src="https://example.com"></iframe>'),
)

const article = fc.array(block, { minLength: 1, maxLength: 12 }).map(blocks => `${blocks.join('\n\n')}\n`)
// Marks of the payloads that matter in a label: Vue, HTML, Slidev, KaTeX and YAML syntax.
const payloadMark = /\{\{|<script|<img|<!--|---|::right::|\$|: |&anchor|\*alias|!tag/
const chartArticle = fc.array(fc.oneof({ arbitrary: chartSection, weight: 3 }, { arbitrary: block, weight: 1 }), { minLength: 1, maxLength: 6 }).map(blocks => `${blocks.join('\n\n')}\n`)

describe('random articles', () => {
  it('give sound, inert decks', () => {
    fc.assert(fc.property(article, (text) => {
      expect(deckProblems(text)).toEqual([])
    }), { numRuns: 200 })
  })

  it('draw charts from their figures and dates, the labels full of payloads and inert', () => {
    const charts: Record<string, number> = {}
    const withPayloads: Record<string, number> = {}
    fc.assert(fc.property(chartArticle, (text) => {
      const result = generateText(text)
      expect(deckProblems(text, result)).toEqual([])
      for (const chart of (result.deck?.slides ?? []).flatMap(slide => slide.chart ?? [])) {
        charts[chart.type] = (charts[chart.type] ?? 0) + 1
        if (payloadMark.test(JSON.stringify(chart)))
          withPayloads[chart.type] = (withPayloads[chart.type] ?? 0) + 1
      }
    }), { numRuns: 100 })
    // Every kind of chart was drawn, and drawn with payloads in its labels (seen: 17 to 62 of each kind in 100 runs).
    const kinds = ['bar', 'glossary', 'growth', 'ranking', 'stat', 'timeline']
    expect(Object.keys(charts).sort()).toEqual(kinds)
    expect(Object.keys(withPayloads).sort()).toEqual(kinds)
  })

  it('give the same deck every time', () => {
    fc.assert(fc.property(article, (text) => {
      expect(generateText(text).markdown).toBe(generateText(text).markdown)
    }), { numRuns: 100 })
  })
})
