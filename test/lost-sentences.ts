// The "no text lost" check: every sentence of the article's text must appear on a
// slide or in a slide's notes. Whitespace is ignored; Markdown syntax is not text.
import type { Deck } from '../scripts/pipeline/model.ts'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { sentenceEnds } from '../scripts/pipeline/text-measure.ts'

const squash = (text: string): string => text.replace(/[\s\u200B]+/g, '')

/** Sentences of `article` (its text blocks, split at sentence ends). */
export function sentences(article: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(article)
  const texts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code' || node.type === 'html') {
      texts.push(node.type === 'code' || node.type === 'html' ? node.value : toString(node))
      return 'skip'
    }
  })
  return texts.flatMap((text) => {
    let start = 0
    return sentenceEnds(text).map((end) => {
      const sentence = text.slice(start, end)
      start = end
      return sentence.trim()
    })
  }).filter(Boolean)
}

/** Sentences of `article` that appear nowhere in the deck's slides or notes. */
export function lostSentences(article: string, deck: Deck): string[] {
  const text = squash(deck.slides.map(slide => [...slide.body, ...slide.notes].map(node => toString(node)).join('\n')).join('\n'))
  return sentences(article).filter(sentence => !text.includes(squash(sentence)))
}
