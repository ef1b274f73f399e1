import { deckPages } from './slide-keys.ts'

const head = '---\ntheme: default\ntitle: "Talk"\ninfo: "About it"\nexportFilename: "talk"\ncanvasWidth: 980\naspectRatio: "16/9"\nlayout: cover\n---\n\n# Talk\n'
const slide = (body: string, note = 'Notes.', front = 'layout: default'): string => `\n---\n${front}\n---\n\n${body}\n\n<!--\n${note}\n-->\n`
const deck = (...slides: string[]): string => head + slides.join('')

describe('deckPages', () => {
  it('gives one key per slide, the page size and the metadata', () => {
    const pages = deckPages(deck(slide('# One'), slide('# Two')))
    expect(pages.keys).toHaveLength(3)
    expect(new Set(pages.keys).size).toBe(3)
    expect(pages).toMatchObject({ width: 980, height: 552, exportFilename: 'talk', title: 'Talk', subject: 'About it' })
  })

  it('changes only the key of the edited slide', () => {
    const before = deckPages(deck(slide('# One'), slide('# Two'), slide('# Three'))).keys
    const after = deckPages(deck(slide('# One'), slide('# Two, edited'), slide('# Three'))).keys
    expect(after.map((key, index) => key === before[index])).toEqual([true, true, false, true])
  })

  it('ignores notes, which are not printed', () => {
    const before = deckPages(deck(slide('# One', 'Old notes.'))).keys
    expect(deckPages(deck(slide('# One', 'New notes.'))).keys).toEqual(before)
  })

  it('keeps the keys of slides that only moved', () => {
    const before = deckPages(deck(slide('# One'), slide('# Two'))).keys
    const after = deckPages(deck(slide('# New'), slide('# One'), slide('# Two'))).keys
    expect(after.slice(2)).toEqual(before.slice(1))
  })

  it('changes every key when the headmatter changes', () => {
    const before = deckPages(deck(slide('# One'))).keys
    const after = deckPages(deck(slide('# One')).replace('title: "Talk"', 'title: "Other"')).keys
    expect(after.filter(key => before.includes(key))).toEqual([])
  })

  it('changes a slide showing its number whenever the deck changes', () => {
    const numbered = slide('# Page {{ $page }}')
    const before = deckPages(deck(numbered, slide('# Two'))).keys
    const after = deckPages(deck(numbered, slide('# Two, edited'))).keys
    expect(after[1]).not.toBe(before[1])
  })

  it('leaves hidden slides out, as Slidev does when printing', () => {
    expect(deckPages(deck(slide('# One'), slide('# Hidden', 'n', 'hide: true'))).keys).toHaveLength(2)
  })

  it('reads another canvas size', () => {
    expect(deckPages(deck(slide('# One')).replace('canvasWidth: 980', 'canvasWidth: 1200').replace('"16/9"', '"4/3"'))).toMatchObject({ width: 1200, height: 900 })
  })
})
