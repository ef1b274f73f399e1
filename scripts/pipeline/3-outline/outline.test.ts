import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { frontMatter } from '../1-parse/front-matter.ts'
import { parseWhole } from '../1-parse/parse.ts'
import { outline } from './outline.ts'

function shape(markdown: string) {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root
  const result = outline(tree, frontMatter(tree, new VFile()))
  return {
    title: result.titleHeading ? (result.titleHeading.children[0] as { value: string }).value : undefined,
    chapterDepth: result.chapterDepth,
    sectionDepth: result.sectionDepth,
    preamble: result.preamble.length,
    chapters: result.chapters.map(chapter => [chapter.title, ...chapter.sections.map(section => section.title)]),
  }
}

describe('outline', () => {
  it('finds ## chapters and ### sections, with a heading equal to the front-matter title as the title', () => {
    expect(shape('---\ntitle: 大模型\n---\n\n## 大模型\n\n## 引言\n\n文字。\n\n## 一、推理\n\n### 1.1 技术\n\n文字。\n\n### 1.2 应用\n')).toEqual({
      title: '大模型',
      chapterDepth: 2,
      sectionDepth: 3,
      preamble: 0,
      chapters: [['引言'], ['一、推理', '1.1 技术', '1.2 应用']],
    })
  })
  it('takes a leading # as the title and skips missing levels', () => {
    expect(shape('# Title\n\nIntro.\n\n### A\n\nText.\n\n##### deep\n\n### B\n')).toMatchObject({
      title: 'Title',
      chapterDepth: 3,
      sectionDepth: 5,
      preamble: 1,
      chapters: [['A', 'deep'], ['B']],
    })
  })
  it.each([
    // cp-algorithms: the formula stays one (text/title-math.ts), where a flattened title read "The \mathcal{O}(n^4) algorithm".
    ['## The $\\mathcal{O}(n^4)$ algorithm\n\ntext $x$', 'The $\\mathcal{O}(n^4)$ algorithm'],
    ['## Costs \\$5 or $10\n\ntext', 'Costs \\$5 or \\$10'],
  ])('titles %j as %j', (markdown, title) => {
    expect(outline(parseWhole(markdown), {}).chapters[0]!.title).toBe(title)
  })
  it('reads setext headings like ATX ones', () => {
    expect(shape('Part one\n========\n\ntext\n\nPart two\n========\n\nSub\n---\n').chapters).toEqual([['Part one'], ['Part two', 'Sub']])
  })
  it('keeps everything in the preamble when there are no headings', () => {
    expect(shape('One.\n\nTwo.\n')).toEqual({ title: undefined, chapterDepth: undefined, sectionDepth: undefined, preamble: 2, chapters: [] })
  })
  it('does not take a lone ## as the title when it has nothing below it', () => {
    expect(shape('## Only\n\ntext\n')).toMatchObject({ title: undefined, chapters: [['Only']] })
  })
})
