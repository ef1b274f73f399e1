// The seed's charts in the planned deck: none repeats a slide of its section, every
// replaced bullet is still in that slide's notes, and the growth curve carries the article's numbers.
import type { Slide } from '../../model/deck.ts'
import { readFileSync } from 'node:fs'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { chartEntries, chartTexts } from '../2-charts/chart-texts.ts'
import { generate } from '../../generate.ts'

const article = readFileSync(new URL('../../../../content/review.md', import.meta.url), 'utf8')
const deck = generate({ article: new VFile({ path: 'content/review.md', value: article }) }).deck!
const squash = (text: string): string => text.replace(/\s+/g, '')
const shown = (slide: Slide): string => squash(slide.body.map(node => toString(node)).join('\n'))
const charted = deck.slides.filter(slide => slide.chart)

describe('charts in place on content/review.md', () => {
  it('draws every chart type', () => {
    expect(new Set(charted.map(slide => slide.chart!.type))).toEqual(new Set(['bar', 'stat', 'timeline', 'ranking', 'growth', 'glossary']))
  })

  it('repeats no slide of the section: other slides show fewer than half of a chart\'s entries', () => {
    for (const slide of charted) {
      const others = deck.slides.filter(other => other !== slide && other.section === slide.section).map(shown).join('\n')
      const repeated = chartEntries(slide.chart!).filter(entry => others.includes(squash(entry)))
      expect(repeated.length * 2, `${slide.title}: ${repeated.join(', ')}`).toBeLessThan(Math.max(1, chartEntries(slide.chart!).length))
    }
  })

  it('shows the chart instead of the list items it draws, which stay in the notes', () => {
    const ranking = charted.find(slide => slide.chart!.type === 'ranking')!
    expect(shown(ranking)).not.toContain('KimiK2Thinking')
    expect(squash(ranking.notes.map(node => toString(node)).join(''))).toContain('KimiK2Thinking')
    const glossary = charted.filter(slide => slide.chart!.type === 'glossary')
    expect(glossary.flatMap(slide => chartEntries(slide.chart!))).toHaveLength(9)
  })

  it('cuts no chart label and puts 30分钟 and 5小时 on the growth curve', () => {
    expect(charted.flatMap(slide => chartTexts(slide.chart!)).filter(text => text.endsWith('…'))).toEqual([])
    const growth = charted.find(slide => slide.chart!.type === 'growth')!.chart!
    expect(chartTexts(growth)).toEqual(expect.arrayContaining(['30分钟', '5小时', '每7个月翻一番']))
  })
})
