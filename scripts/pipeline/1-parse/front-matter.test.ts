import { VFile } from 'vfile'
import { frontMatter } from './front-matter.ts'
import { parse } from './parse.ts'

function read(text: string): { front: ReturnType<typeof frontMatter>, file: VFile } {
  const file = new VFile({ value: text, path: 'a.md' })
  return { front: frontMatter(parse(file), file), file }
}

describe('frontMatter', () => {
  it('reads the fields, and the same block again as the first time', () => {
    const text = '---\ntitle: A talk\nauthors: [Ann, Bo]\ndate: 2025-03-01\n---\n\n# Body\n'
    expect(read(text).front).toEqual({ title: 'A talk', author: 'Ann, Bo', date: '2025-03-01' })
    const again = read(text).front
    expect(again).toEqual({ title: 'A talk', author: 'Ann, Bo', date: '2025-03-01' })
    again.title = 'changed'
    expect(read(text).front.title).toBe('A talk')
  })

  it.each([
    ['a folded list of Markdown links (Hugo, OpenTelemetry)', 'author: >-\n  [Severin Neumann](https://github.com/svrnm) (Cisco), [Patrice\n  Chalin](https://github.com/chalin/) (CNCF)', 'Severin Neumann (Cisco), Patrice Chalin (CNCF)'],
    ['a quoted link with a title', 'author: \'[Juraci Paixão Kröhling](https://github.com/jpkrohling "GitHub")\'', 'Juraci Paixão Kröhling'],
    ['brackets that are no link', 'author: Ann [core team]', 'Ann [core team]'],
  ])('reads %s as its words', (_, yaml, author) => {
    expect(read(`---\n${yaml}\n---\n\nBody.\n`).front.author).toBe(author)
  })

  it('reads TOML front matter (Zola, Hugo) as it reads YAML', () => {
    const text = '+++\ntitle = "Five years of Rust"\nauthor = "The Rust Core Team"\ndate = 2020-05-15\n+++\n\nBody.\n'
    expect(read(text).front).toEqual({ title: 'Five years of Rust', author: 'The Rust Core Team', date: '2020-05-15' })
  })

  it('reads a Franklin page\'s @def lines (Julia\'s site generator) as front matter', () => {
    const text = '@def published = "6 December 2017"\n@def rss = """ A | > quote ... """\n@def title = "On Machine Learning"\n@def authors = "By Mike Innes (JuliaHub) and Deniz Yuret"\n@def hascode = true\n\nBody.\n'
    expect(read(text).front).toEqual({ title: 'On Machine Learning', author: 'Mike Innes (JuliaHub) and Deniz Yuret', date: '6 December 2017' })
  })

  it.each([
    ['author: GoodCoder666, Ir1d\n\n![头图](./a.png)\n', { author: 'GoodCoder666, Ir1d' }],
    ['Title: Notes\nDate: 2024-01-02\n\nBody.\n', { title: 'Notes', date: '2024-01-02' }],
    ['Author: Ann wrote this in a hurry.\nShe says so.\n', {}],
    ['note: not a cover field\n', {}],
  ])('reads bare metadata lines opening the article (OI-wiki) as front matter: %j', (text, expected) => {
    expect(read(text).front).toEqual(expected)
  })

  it('gives a broken block its fatal message with its place on every read', () => {
    const text = '---\ntitle: ok\nsubtitle: [unclosed\n---\n'
    const places = [read(text), read(text)].map(({ front, file }) => {
      expect(front).toEqual({})
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]!.fatal).toBe(true)
      expect(file.messages[0]!.reason).toMatch(/^Cannot read front matter: /)
      return [file.messages[0]!.line, file.messages[0]!.column]
    })
    expect(places[0]![0]).toBeGreaterThanOrEqual(2)
    expect(places[1]).toEqual(places[0])
  })
})
