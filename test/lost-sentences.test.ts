// The "no text lost" check counts only the article's text: front matter is markup.
import { sentences } from './lost-sentences.ts'

describe('sentences', () => {
  it.each([
    ['YAML front matter', '---\ntitle: A talk\n---\n\nOne sentence. Two sentences.\n', ['One sentence.', 'Two sentences.']],
    ['TOML front matter (Zola, Hugo)', '+++\ntitle = "A talk"\n[extra]\nteam = "Cargo"\n+++\n\nOne sentence. Two sentences.\n', ['One sentence.', 'Two sentences.']],
    ['a `+++` line later in the text', 'One sentence.\n\n+++\n', ['One sentence.', '+++']],
  ])('%s', (_, article, expected) => {
    expect(sentences(article)).toEqual(expected)
  })
})
