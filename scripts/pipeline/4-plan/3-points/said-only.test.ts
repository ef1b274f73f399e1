import type { RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { points } from './points.ts'

const blocks = (markdown: string): RootContent[] => unified().use(remarkParse).parse(markdown).children

// Blocks the speaker says and the slide does not show: the block at `said` goes to the notes only.
describe('said, not shown', () => {
  it.each([
    ['fine print', '<small>Question 22</small>\n\nTwo-thirds of respondents use it.', 0],
    ['a letter\'s sign-off', 'We shipped it.\n\nCheers,\\\nRyan', 1],
    ['a note under a picture', '![A chart](c.png)\n\n> You can scroll the chart to the right to see more.', 1],
  ] as const)('%s', (_, markdown, said) => {
    const all = blocks(markdown)
    const point = points(all, { lang: 'en' }).find(one => one.notes.includes(all[said]!))!
    expect(point).toMatchObject({ kind: 'block', body: [] })
  })
  it('shows a paragraph with small print inside it', () => {
    const all = blocks('The figure is <small>about</small> 65%.')
    expect(points(all, { lang: 'en' })[0]!.kind).toBe('bullet')
  })
})
