import type { Deck, Slide } from '../model/deck.ts'
import { deckOutline } from './deck-outline.ts'

function slide(kind: Slide['kind'], title: string, section?: string): Slide {
  return { kind, title, layout: 'default', routeAlias: title, body: [], notes: [], seconds: 0, section }
}

const deck: Deck = {
  title: 'T',
  theme: 'default',
  lang: 'en',
  exportFilename: 'talk',
  chapters: ['Introduction', 'One', 'Two'],
  slides: [
    slide('cover', 'T'),
    slide('agenda', 'Agenda'),
    slide('content', 'Introduction', 'Introduction'),
    slide('chapter', 'One'),
    slide('content', '1.1 A', '1.1 A'),
    slide('quote', '1.1 A (cont.)', '1.1 A'),
    slide('content', '1.2 B', '1.2 B'),
    slide('content', 'Two', 'Two'),
    slide('content', 'Two (cont.)', 'Two'),
    slide('end', 'Thank you'),
  ],
}

it('bookmarks chapters at their divider or first slide, and sections at their first slide', () => {
  expect(deckOutline(deck)).toEqual([
    { title: 'T', slide: 0, children: [] },
    { title: 'Agenda', slide: 1, children: [] },
    { title: 'Introduction', slide: 2, children: [] },
    { title: 'One', slide: 3, children: [{ title: '1.1 A', slide: 4, children: [] }, { title: '1.2 B', slide: 6, children: [] }] },
    { title: 'Two', slide: 7, children: [] },
    { title: 'Thank you', slide: 9, children: [] },
  ])
})

it('bookmarks a title with a formula as it reads: PDF bookmarks are plain text', () => {
  const formula: Deck = { ...deck, chapters: ['The $\\mathcal{O}(n^4)$ algorithm'], slides: [slide('cover', 'T'), slide('chapter', 'The $\\mathcal{O}(n^4)$ algorithm'), slide('content', 'Costs \\$5', 'Costs \\$5')] }
  expect(deckOutline(formula)).toEqual([
    { title: 'T', slide: 0, children: [] },
    { title: 'The O(n⁴) algorithm', slide: 1, children: [{ title: 'Costs $5', slide: 2, children: [] }] },
  ])
})

it('bookmarks a chapter once when its short sections share a slide titled as the chapter', () => {
  const merged: Deck = {
    ...deck,
    chapters: ['One'],
    slides: [
      slide('chapter', 'One'),
      slide('content', '1.1 A', '1.1 A'),
      slide('content', 'One', 'One'),
      slide('quote', 'One (cont.)', 'One'),
      slide('content', '1.4 D', '1.4 D'),
    ],
  }
  expect(deckOutline(merged)).toEqual([
    { title: 'One', slide: 0, children: [{ title: '1.1 A', slide: 1, children: [] }, { title: '1.4 D', slide: 4, children: [] }] },
  ])
})
