// Property test: random articles whose sections trigger every chart heuristic, with Vue,
// HTML, Slidev and YAML payloads in what becomes chart labels, must draw their charts and
// still give sound, inert decks that Slidev reads back exactly as planned.
import fc from 'fast-check'
import { chartArticle } from './chart-sections.ts'
import { deckProblems, generateText } from './deck-checks.ts'

// Marks of the payloads that matter in a label: Vue, HTML, Slidev, KaTeX and YAML syntax.
const payloadMark = /\{\{|<script|<img|<!--|---|::right::|\$|: |&anchor|\*alias|!tag/

describe('random articles with charts', () => {
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
    // Every kind of chart was drawn, and drawn with payloads in its labels (seen in two runs: 13 to 54 of each kind).
    const kinds = ['bar', 'glossary', 'growth', 'ranking', 'stat', 'timeline']
    expect(Object.keys(charts).sort()).toEqual(kinds)
    expect(Object.keys(withPayloads).sort()).toEqual(kinds)
  })
})
