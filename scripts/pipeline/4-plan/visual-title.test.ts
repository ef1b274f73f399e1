import type { Paragraph, RootContent } from 'mdast'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { captionOf, saysWhatItShows, slugWords, visualCaption, visualIntroduction } from './visual-title.ts'

describe('slugWords', () => {
  it.each([
    ['where-do-you-live', 'Where do you live?'],
    ['technology-domain', 'Technology domain'],
    ['how_often_do_you_use_rust', 'How often do you use rust?'],
    ['5-10', undefined],
    ['trait-error-1.43.0.png', undefined],
    ['IMG_2031', undefined],
    ['Where do you live', undefined],
  ] as const)('%s → %s', (alt, expected) => {
    expect(slugWords(alt)).toBe(expected)
  })
})

describe('saysWhatItShows', () => {
  it.each([
    ['Dependency Graph of Compilation Data', true],
    ['A terminal screenshot of the 1.43.0 error message.', true],
    ['apisix contributors', true],
    ['全球开发者地域分布', true],
    // Placeholders editors fill in, file names, bare numbers.
    ['enter image description here', false],
    ['image', false],
    ['图片', false],
    ['screen capture', false],
    ['trait-error-1.43.0.png', false],
    ['IMG_2031', false],
    ['1-2', false],
    ['', false],
  ] as const)('%s', (alt, expected) => {
    expect(saysWhatItShows(alt)).toBe(expected)
  })
})

describe('captionOf', () => {
  it.each([
    ['图 1.2 GitHub 与 Gitee 活跃仓库事件数 ', 'GitHub 与 Gitee 活跃仓库事件数'],
    ['表3：受访者的地区分布', '受访者的地区分布'],
    ['Figure 3: Build times after specific changes', 'Build times after specific changes'],
    ['Fig. 2. The pipeline', 'The pipeline'],
    // No number, no caption: a sentence that starts with "Figure" is text.
    ['Figure out what the compiler needs', undefined],
    ['图 6.9', undefined],
  ] as const)('%s', (text, expected) => {
    expect(captionOf(text)).toBe(expected)
  })
})

function paragraph(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}
function picture(alt: string, url = 'a.png'): Point {
  const block: Paragraph = { type: 'paragraph', children: [{ type: 'image', url, alt }] }
  return { kind: 'block', body: [block], notes: [block], lines: 7 }
}
const pair: Point = { kind: 'block', body: [{ type: 'paragraph', children: [{ type: 'image', url: 'a.png', alt: 'The 1.2.0 message' }, { type: 'image', url: 'b.png', alt: 'The 1.43.0 message' }] }], notes: [], lines: 7 }
const notesOnly = (...notes: RootContent[]): Point => ({ kind: 'block', body: [], notes, lines: 0 })
const heading: RootContent = { type: 'heading', depth: 5, children: [{ type: 'text', value: 'Second Example (help)' }] }
const page = (...points: Point[]): Page => ({ kind: 'content', points })

describe('visualCaption', () => {
  it.each([
    // A numbered caption after the figure (HTML tags left out) comes first.
    [page(picture('1-2'), notesOnly({ type: 'html', value: '<center>图 1.2 GitHub 与 Gitee 活跃仓库事件数 </center>' })), [], [], 'GitHub 与 Gitee 活跃仓库事件数'],
    // Else the alt text that says something, its full stop left out.
    [page(picture('A terminal screenshot of the 1.43.0 error message.')), [], [heading], 'A terminal screenshot of the 1.43.0 error message'],
    // An alt text an earlier slide took: the sub-heading the image stands under.
    [page(picture('A terminal screenshot of the 1.43.0 error message.')), ['A terminal screenshot of the 1.43.0 error message'], [heading, paragraph('Text.')], 'Second Example (help)'],
    // Two images: the sub-heading before either alt text.
    [page(pair), [], [heading], 'Second Example (help)'],
    // A placeholder alt and nothing around: no title.
    [page(picture('enter image description here')), [], [], undefined],
    // No visual shown: no title from here.
    [page(notesOnly(paragraph('Text.'))), [], [heading], undefined],
  ] as Array<[Page, string[], RootContent[], string | undefined]>)('%#', (input, taken, earlier, expected) => {
    expect(visualCaption(input, 'en', new Set(taken), earlier)).toBe(expected)
  })
})

describe('visualIntroduction', () => {
  const code: Point = { kind: 'block', body: [{ type: 'code', value: 'select 1' }], notes: [{ type: 'code', value: 'select 1' }], lines: 2 }
  it.each([
    // The sentence just before, ending on a colon, without it.
    [page(notesOnly(paragraph('Views are cheap. We can run this query instead:')), code), [], 'We can run this query instead'],
    // Before the page: the last block of the section so far.
    [page(code), [paragraph('The results are as follows:')], 'The results are as follows'],
    // A sentence that does not end on a colon introduces nothing.
    [page(notesOnly(paragraph('Views are cheap.')), code), [], undefined],
    // A formula stays one (cp-algorithms' "Let's calculate the value $\Delta$:"), measured as it shows.
    [page(notesOnly({ type: 'paragraph', children: [{ type: 'text', value: 'Let\'s calculate the value ' }, { type: 'inlineMath', value: '\\Delta' }, { type: 'text', value: ':' }] }), code), [], 'Let\'s calculate the value $\\Delta$'],
  ] as Array<[Page, RootContent[], string | undefined]>)('%#', (input, earlier, expected) => {
    expect(visualIntroduction(input, 'en', new Set(), earlier)).toBe(expected)
  })
})
