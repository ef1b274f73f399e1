import { deckPages } from './deck-pages.ts'

describe('deckPages', () => {
  it.each([
    ['a plain deck', '---\ntitle: T\n---\n# A\n\n---\n\n# B\n', { count: 2, width: 980, height: 552, exportFilename: 'talk', title: 'T' }],
    ['hidden and disabled slides are not printed', '---\ntitle: T\n---\n# A\n\n---\nhide: true\n---\n# B\n\n---\ndisabled: true\n---\n# C\n', { count: 1, title: 'T' }],
    ['canvas, ratio, file name and metadata from the headmatter', '---\ncanvasWidth: 800\naspectRatio: 4/3\nexportFilename: deck\ninfo: About\nauthor: Me\n---\n# A\n', { count: 1, width: 800, height: 600, exportFilename: 'deck', subject: 'About', author: 'Me' }],
  ])('%s', (_name, markdown, expected) => {
    expect(deckPages(markdown)).toMatchObject(expected)
  })
})
