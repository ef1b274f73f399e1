import type { Deck, Slide } from '../model/deck.ts'
import { parseSync } from '@slidev/parser'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { stringify } from './stringify.ts'

function slide(text: string, notes = 'n'): Slide {
  return {
    kind: 'content',
    title: 'T',
    layout: 'default',
    routeAlias: `t-${text.length}`,
    body: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
    notes: [{ type: 'paragraph', children: [{ type: 'text', value: notes }] }],
    seconds: 1,
  }
}

function deck(...slides: Slide[]): Deck {
  return { title: 'Deck', theme: 'default', lang: 'en', exportFilename: 'talk', chapters: [], slides: [{ ...slide('cover'), kind: 'cover', layout: 'cover', routeAlias: 'cover' }, ...slides] }
}

describe('stringify', () => {
  it('writes one Slidev slide per deck slide, with frontmatter and notes', () => {
    const parsed = parseSync(stringify(deck(slide('hello')), 'a.md'), 'slides.md')
    expect(parsed.slides).toHaveLength(2)
    expect(parsed.slides[0]!.frontmatter).toMatchObject({ theme: 'default', title: 'Deck', layout: 'cover', routeAlias: 'cover', fonts: { provider: 'none' } })
    expect(parsed.slides[1]!.frontmatter).toMatchObject({ layout: 'default', routeAlias: 't-5' })
    expect(parsed.slides[1]!.note).toBe('n\n\n_⏱ about 5 s_')
  })
  it('writes a kicker slide\'s own title to its frontmatter as inert Markdown (Slidev renders it in a Vue template)', () => {
    const titled: Slide = { ...slide('x'), title: '<script>alert(1)</script> {{ y }}', kicker: 'K' }
    const parsed = parseSync(stringify(deck(titled), 'a.md'), 'slides.md')
    expect(parsed.slides[1]!.frontmatter.title).toBe('\\<script>alert(1)\\</script> <span v-pre>{{</span> y }}')
  })
  // A title holds its formulas as `$TeX$` (text/title-math.ts): the heading typesets them, the frontmatter title (Slidev's overview) reads them as text.
  it.each([
    [{ title: 'The $\\mathcal{O}(n^4)$ algorithm' }, '# The $\\mathcal{O}(n^4)$ algorithm', 'The O(n⁴) algorithm'],
    [{ title: 'Let\'s calculate the value $\\Delta$', kicker: 'The $\\mathcal{O}(n^4)$ algorithm' }, '# <span class="td-kicker">The $\\mathcal{O}(n^4)$ algorithm</span>Let\'s calculate the value $\\Delta$', 'Let\'s calculate the value Δ'],
    // Escaped dollars are text; a formula KaTeX cannot typeset is code.
    // (The frontmatter title is Markdown too: its dollars escaped.)
    [{ title: 'Costs \\$5 and \\$10' }, '# Costs \\$5 and \\$10', 'Costs \\$5 and \\$10'],
    [{ title: 'Bad $\\frac{1$' }, '# Bad `\\frac{1`', 'Bad 1/'],
  ])('writes the title %j as %j', (fields, heading, title) => {
    const markdown = stringify(deck({ ...slide('x'), ...fields }), 'a.md')
    expect(markdown).toContain(`\n${heading}\n`)
    expect(parseSync(markdown, 'slides.md').slides[1]!.frontmatter.title).toBe(title)
  })
  it('keeps Slidev syntax in text from splitting or commenting out slides', () => {
    const nasty = ['---', 'a\n---\nb', '<!-- x', '-->', '::right::', '```', '$$x$$', '{{ y }}'].map(text => slide(text, `note ${text} -->`))
    const markdown = stringify(deck(...nasty), 'a.md')
    const parsed = parseSync(markdown, 'slides.md')
    expect(parsed.slides).toHaveLength(nasty.length + 1)
    expect(markdown).toContain('<span v-pre>{{</span> y }}')
    for (const parsedSlide of parsed.slides.slice(1))
      expect(parsedSlide.note).toMatch(/^note /)
  })
  it.each([
    ['Intro', 'Basic Example', '# <span class="td-kicker">Intro</span>Basic Example'],
    ['a {{ b }} <i>', 'T', '# <span class="td-kicker">a <span v-pre>{{</span> b }} \\<i></span>T'],
  ])('writes the kicker %s inside the heading, above the title, and names the slide by its title', (kicker, title, heading) => {
    const markdown = stringify(deck({ ...slide('x'), kicker, title }), 'a.md')
    expect(markdown).toContain(heading)
    expect(parseSync(markdown, 'slides.md').slides[1]!.title).toBe(title)
  })
  it('keeps frontmatter strings with --- from ending the frontmatter', () => {
    const markdown = stringify({ ...deck(), title: 'a --- b' }, 'a.md')
    // Slidev reads the deck's title as Markdown (its title renderer, the tab's name): as inert Markdown it reads as written.
    const title = String(parseSync(markdown, 'slides.md').slides[0]!.frontmatter.title)
    expect(toString(unified().use(remarkParse).parse(title))).toBe('a --- b')
  })
  it('is deterministic', () => {
    expect(stringify(deck(slide('x')), 'a.md')).toBe(stringify(deck(slide('x')), 'a.md'))
  })
})
