import { generate, VFile } from '../generate.ts'

const article = (): VFile => new VFile({ path: 'a.md', value: '# Talk\n\n## One\n\nSome text about one.\n' })

it('takes colorSchema from the deck settings into the deck and the headmatter', () => {
  const result = generate({ article: article(), settings: new VFile({ path: 'a.deck.yaml', value: 'colorSchema: dark\n' }) })
  expect(result.deck?.colorSchema).toBe('dark')
  expect(result.markdown).toContain('colorSchema: "dark"')
})

it('stays light without settings, and refuses another scheme at its line', () => {
  expect(generate({ article: article() }).markdown).toContain('colorSchema: "light"')
  const settings = new VFile({ path: 'a.deck.yaml', value: 'title: T\ncolorSchema: sepia\n' })
  expect(generate({ article: article(), settings }).markdown).toBeUndefined()
  expect(String(settings.messages[0])).toMatch(/^a\.deck\.yaml:2:\d+: Cannot use deck settings: `colorSchema`/)
})
