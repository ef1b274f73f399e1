import type { Deck } from '../../model/deck.ts'
import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { lostSentences } from '../../../../test/lost-sentences.ts'
import { generate, VFile } from '../../generate.ts'

const seed = readFileSync(new URL('../../../../content/review.md', import.meta.url), 'utf8')
const english = readFileSync(new URL('../../../../test/fixtures/english/input.md', import.meta.url), 'utf8')

function timed(text: string, minutes: number | undefined, path = 'content/review.md'): { deck: Deck, markdown: string, messages: string[] } {
  const article = new VFile({ path, value: text })
  const result = generate({ article, minutes })
  return { deck: result.deck!, markdown: result.markdown!, messages: article.messages.map(message => message.reason) }
}

// Spoken time as the issue defines it, from the written deck: the main flow's notes up to
// each note's first thematic break, 250 Chinese characters or 150 English words a minute.
// Tables and code in the notes (a chart's data, the article's own) are read, not said.
// Each picture, code block or table a slide shows adds a look of 20 s (lookSeconds).
const reader = unified().use(remarkParse).use(remarkGfm)
const said = (note: string): string => reader.parse(note).children.filter(node => node.type !== 'table' && node.type !== 'code').map(node => toString(node)).join('\n')
function looks(content: string): number {
  const tree = reader.parse(content)
  let count = (content.match(/class="td-missing-image"/gu) ?? []).length
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'table' || node.type === 'image')
      count++
  })
  return count
}
function spokenMinutes(markdown: string): number {
  const slides = parseSync(markdown, 'slides.md').slides
  const end = slides.findIndex(slide => slide.frontmatter.routeAlias === 'end')
  const text = slides.slice(0, end + 1).map(slide => said((slide.note ?? '').split(/^\*\*\*$/mu)[0]!)).join('\n')
  const characters = text.length - text.replace(/[\u3400-\u9FFF\uF900-\uFAFF]/gu, '').length
  const words = text.replace(/[\u3400-\u9FFF\uF900-\uFAFF]/gu, ' ').match(/[A-Z0-9][\w'’.-]*/giu)?.length ?? 0
  const looked = slides.slice(0, end + 1).reduce((sum, slide) => sum + looks(slide.content), 0)
  return characters / 250 + words / 150 + looked * 20 / 60
}

const backupTitles = (deck: Deck): string[] => deck.slides.filter(slide => slide.backup).map(slide => slide.routeAlias)

describe('a talk fitted to its time slot', () => {
  it.each([5, 10, 20, 30])('plans the seed for %i minutes within ±10%, losing nothing', (minutes) => {
    const { deck, markdown } = timed(seed, minutes)
    expect(spokenMinutes(markdown)).toBeGreaterThanOrEqual(minutes * 0.9)
    expect(spokenMinutes(markdown)).toBeLessThanOrEqual(minutes * 1.1)
    expect(lostSentences(seed, deck)).toEqual([])
    expect(deck.slides.findIndex(slide => slide.routeAlias === 'end')).toBe(deck.slides.filter(slide => !slide.backup).length - 1)
    const agenda = deck.slides.filter(slide => slide.kind === 'agenda').map(slide => JSON.stringify(slide.body)).join('')
    for (const chapter of deck.chapters)
      expect(agenda).toContain(JSON.stringify(chapter).slice(1, -1))
    expect(markdown).toContain(`duration: "${deck.minutes}min"\ntimer: "countdown"`)
    expect(timed(seed, minutes).markdown).toBe(markdown)
  })

  it.each(['en-react-19-release', 'en-rust-survey-2023'].flatMap(name => [5, 10, 20, 30].map(minutes => [name, minutes] as const)))('plans the real article %s for %i minutes within ±10%, or says it is shorter', (name, minutes) => {
    const path = `test/fixtures/real/${name}/input.md`
    const text = readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8')
    const { deck, markdown, messages } = timed(text, minutes, path)
    const shorter = messages.some(message => message.includes(`less than the ${minutes} min asked for`))
    if (!shorter)
      expect(spokenMinutes(markdown)).toBeGreaterThanOrEqual(minutes * 0.9)
    expect(spokenMinutes(markdown)).toBeLessThanOrEqual(minutes * 1.1)
    expect(lostSentences(text, deck)).toEqual([])
  })

  it('opens each slide\'s notes with its time and start, and keeps the full text below the break', () => {
    const { deck } = timed(seed, 10)
    const main = deck.slides.filter(slide => !slide.backup)
    let start = 0
    for (const slide of main) {
      const first = slide.notes[0]
      expect(first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '').toMatch(new RegExp(`^⏱ \\d+:\\d\\d · ${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}$`, 'u'))
      start += slide.seconds
    }
    expect(main.some(slide => slide.notes.some(node => node.type === 'thematicBreak'))).toBe(true)
  })

  it('moves the least salient sections to backup, and a small edit does not reshuffle them', () => {
    const before = backupTitles(timed(seed, 10).deck)
    expect(before.length).toBeGreaterThan(0)
    const edited = seed.replace('这一年的技术创新和行业变革超过了以往任何时期。', '这一年的技术创新和行业变革超过了以往任何时期，变化之快令人惊叹。')
    expect(edited).not.toBe(seed)
    expect(backupTitles(timed(edited, 10).deck)).toEqual(before)
  })

  it('plans the whole of a shorter article, and says so', () => {
    const { deck, messages } = timed(english, 20, 'english.md')
    expect(deck.slides.some(slide => slide.backup)).toBe(false)
    expect(messages.join('\n')).toMatch(/less than the 20 min asked for: the whole of it is planned/u)
  })

  it('leaves an untimed talk as it was', () => {
    const { deck, markdown } = timed(seed, undefined)
    expect(deck.minutes).toBeUndefined()
    expect(markdown).not.toContain('timer:')
    expect(deck.slides.some(slide => slide.backup)).toBe(false)
  })
})
