// The "no text lost" check: every sentence of the article's text must appear on a
// slide or in a slide's notes. Whitespace is ignored; Markdown syntax is not text.
// `lostInMarkdown` checks the written deck as Slidev splits it, so escaping that ate
// text (or a slide Slidev never sees) counts as lost too.
import type { Nodes } from 'mdast'
import type { Deck } from '../scripts/pipeline/index.ts'
import { parseSync } from '@slidev/parser'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { isMetadataLines } from '../scripts/pipeline/1-parse/front-matter.ts'
import { remarkTexMath, usesMath } from '../scripts/pipeline/1-parse/tex-math.ts'
import { admonitions } from '../scripts/pipeline/2-prepare/admonitions.ts'
import { containerFences } from '../scripts/pipeline/2-prepare/container-fences.ts'
import { d2lMarkup } from '../scripts/pipeline/2-prepare/d2l-markup.ts'
import { emojiShortcodes } from '../scripts/pipeline/2-prepare/emoji-shortcodes.ts'
import { emptyTags } from '../scripts/pipeline/2-prepare/empty-tags.ts'
import { franklinMarkup } from '../scripts/pipeline/2-prepare/franklin-markup.ts'
import { githubAlerts } from '../scripts/pipeline/2-prepare/github-alerts.ts'
import { withoutHeadingAttributes } from '../scripts/pipeline/2-prepare/heading-attributes.ts'
import { asMarkdownImages } from '../scripts/pipeline/2-prepare/html-images.ts'
import { kramdownMarkup } from '../scripts/pipeline/2-prepare/kramdown-attributes.ts'
import { mdxCodeBlocks } from '../scripts/pipeline/2-prepare/mdx-code-blocks.ts'
import { mdxMarkup } from '../scripts/pipeline/2-prepare/mdx-markup.ts'
import { mdxStrings } from '../scripts/pipeline/2-prepare/mdx-strings.ts'
import { imageTags } from '../scripts/pipeline/2-prepare/rebase-images.ts'
import { codeTags, templateTags } from '../scripts/pipeline/2-prepare/template-tags.ts'
import { articleLang } from '../scripts/pipeline/text/article-lang.ts'
import { sentenceEnds } from '../scripts/pipeline/text/measure.ts'
import { titleNodes } from '../scripts/pipeline/text/title-math.ts'

const squash = (text: string): string => text.replace(/[\s\u200B]+/g, '')

// TOML front matter (`+++`, Zola and Hugo) is markup too, as the pipeline's parser reads it.
const plainReader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
// TeX math is read as the pipeline reads it: a formula's text is its TeX, without the `$` signs.
const texReader = plainReader().use(remarkTexMath).freeze()
const reader = (text: string): typeof plainReader => usesMath(text) ? texReader : plainReader

/** Sentences of `article` (its text blocks, split at sentence ends). */
export function sentences(article: string): string[] {
  const tree = reader(article).parse(article)
  // Metadata lines opening the article ("author: …") are read as front matter.
  if (isMetadataLines(tree.children[0]))
    tree.children.shift()
  // Container fences (`:::info 标题` … `:::`) and admonitions (`!!! info "标题"`) are markup; their title stays, as a lead.
  containerFences(tree)
  admonitions(tree, article)
  // MDX whitespace strings (`{'  '}`) are markup too, and so are site generators' statements,
  // components, template tags and attribute lists (an image tag's words stay, as its alt text).
  mdxStrings(tree)
  mdxCodeBlocks(tree, article)
  mdxMarkup(tree)
  codeTags(tree, article)
  templateTags(tree)
  kramdownMarkup(tree)
  // An alert's marker (`> [!NOTE]`) is markup.
  githubAlerts(tree)
  // An empty inline element (an icon's `<i class="fa-…"></i>`, an anchor) shows nothing.
  emptyTags(tree)
  // Franklin's `@def` lines and `\toc` (its `~~~` HTML is read as HTML, like any other).
  franklinMarkup(tree, article)
  // d2l's roles (`:label:`sec_x``) and other frameworks' copies of a cell are markup.
  d2lMarkup(tree, article, articleLang(article))
  // An emoji shortcode (`:tada:`) is shown as its emoji.
  emojiShortcodes(tree)
  // A footnote reference is shown as its label, `[1]`, where the text cites it; a title leaves it out ("引言[ref1]").
  visit(tree, 'footnoteReference', (node, index, parent) => {
    parent?.children.splice(index!, 1, ...(parent.type === 'heading' ? [] : [{ type: 'text', value: `[${node.label ?? node.identifier}]` } as const]))
  })
  // A formula is one word of its sentence: a `!` or `.` in its TeX ends no sentence.
  const formulas: string[] = []
  visit(tree, 'inlineMath', (node, index, parent) => {
    parent?.children.splice(index!, 1, { type: 'text', value: `\uE000${formulas.push(node.value) - 1}\uE001` })
  })
  // `<img>` tags whose attributes run over lines are a paragraph's only content: shown as their images, whose words are their alt texts.
  visit(tree, 'paragraph', (node) => {
    const images = imageTags(node)?.flatMap(tag => asMarkdownImages(tag)!)
    if (images)
      node.children = [{ type: 'text', value: images.map(image => image.alt ?? '').join(' ') }]
  })
  const texts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code' || node.type === 'html') {
      // Heading attributes (`{#id}`) are markup, taken off the title.
      texts.push(node.type === 'code' || node.type === 'html' ? node.value : node.type === 'heading' ? withoutHeadingAttributes(toString(node)) : toString(node))
      return 'skip'
    }
  })
  return texts.flatMap((text) => {
    let start = 0
    return sentenceEnds(text).map((end) => {
      const sentence = text.slice(start, end)
      start = end
      return sentence.trim().replace(/\uE000(\d+)\uE001/g, (_, at: string) => formulas[Number(at)]!)
    })
  }).filter(Boolean)
}

/** Sentences of `article` that appear nowhere in the deck's slides or notes. */
export function lostSentences(article: string, deck: Deck): string[] {
  // A title holds its formulas in `$` (text/title-math.ts): their text is their TeX.
  const title = (slide: Deck['slides'][number]): string => toString(titleNodes(slide.title))
  const text = squash(deck.slides.map(slide => [title(slide), ...[...slide.body, ...slide.notes].map(node => toString(node))].join('\n')).join('\n'))
  // A heading's sentence has no footnote mark (a title leaves it out); in the notes its heading keeps it.
  const unmarked = squash(deck.slides.map(slide => slide.notes.map(unmarkedText).join('\n')).join('\n'))
  return sentences(article).filter(sentence => !text.includes(squash(sentence)) && !unmarked.includes(squash(sentence)))
}

// The text of `node` without its footnote marks (2-prepare's `talkdownFootnoteMark` text).
function unmarkedText(node: Nodes): string {
  if (node.type === 'text')
    return node.data?.talkdownFootnoteMark ? '' : node.value
  return 'children' in node ? node.children.map(child => unmarkedText(child as Nodes)).join('') : toString(node)
}

// Text of slide Markdown as a reader sees it: the v-pre wrappers are markup, not text.
function markdownText(markdown: string): string {
  // The generator's inline markup (v-pre spans, a Chinese title's <wbr> breaks) holds no article text.
  const text = markdown.replaceAll('<span v-pre>', '').replaceAll('</span>', '').replaceAll('<wbr>', '')
  const tree = reader(text).parse(text)
  return toString(tree as Nodes)
}

/** Sentences of `article` that appear nowhere in the slides or notes of the Slidev Markdown `markdown`. */
export function lostInMarkdown(article: string, markdown: string): string[] {
  const slides = parseSync(markdown, 'slides.md').slides
  const text = squash(slides.map(slide => `${markdownText(slide.content)}\n${markdownText(slide.note ?? '')}`).join('\n'))
  // A heading's sentence has no footnote mark; the notes' copy of its heading keeps it ("[1]").
  const unmarked = text.replace(/\[[^\]\s]{1,20}\]/gu, '')
  return sentences(article).filter(sentence => !text.includes(squash(sentence)) && !unmarked.includes(squash(sentence)))
}
