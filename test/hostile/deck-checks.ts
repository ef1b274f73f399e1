// The invariants every generated deck must keep, whatever the article: generation does
// not throw, Slidev reads back exactly the planned slides (each with notes, and each chart
// with exactly its planned data), no text is lost, and nothing in it runs or turns into
// Slidev syntax.
import type { GenerateResult } from '../../scripts/pipeline/index.ts'
import { parseSync } from '@slidev/parser'
import { generate, VFile } from '../../scripts/pipeline/index.ts'
import { lostInMarkdown, lostSentences } from '../lost-sentences.ts'
import { liveProblems } from './inert.ts'

/** Generate a deck from `text`, as the CLI would from a file named `path`. */
export function generateText(text: string, path = 'article.md'): GenerateResult {
  return generate({ article: new VFile({ path, value: text }) })
}

/** Every broken invariant of the deck generated from `article`, one line each (empty when sound). */
export function deckProblems(article: string, result = generateText(article)): string[] {
  const fatal = result.files.some(file => file.messages.some(message => message.fatal))
  if (!result.markdown || !result.deck)
    return fatal ? [] : ['no deck and no fatal message']
  const { slides } = parseSync(result.markdown, 'slides.md')
  const planned = result.deck.slides.map(slide => slide.routeAlias)
  const parsed = slides.map(slide => String(slide.frontmatter.routeAlias))
  const problems: string[] = []
  if (parsed.join('\n') !== planned.join('\n'))
    problems.push(`Slidev reads slides ${JSON.stringify(parsed)}, planned ${JSON.stringify(planned)}`)
  problems.push(...slides.filter(slide => !slide.note?.trim()).map(slide => `slide ${String(slide.frontmatter.routeAlias)} has no notes`))
  // Chart data reaches the components through the frontmatter: Slidev must read back exactly what was planned.
  result.deck.slides.forEach((slide, index) => {
    const read = slides[index]?.frontmatter.chart
    if (slide.chart && JSON.stringify(read) !== JSON.stringify(slide.chart))
      problems.push(`slide ${slide.routeAlias}: Slidev reads the chart as ${JSON.stringify(read)}, planned ${JSON.stringify(slide.chart)}`)
  })
  problems.push(...lostSentences(article, result.deck).map(sentence => `lost from the deck: ${JSON.stringify(sentence)}`))
  problems.push(...lostInMarkdown(article, result.markdown).map(sentence => `lost from slides.md: ${JSON.stringify(sentence)}`))
  return [...problems, ...liveProblems(result.markdown)]
}
