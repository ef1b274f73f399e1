// How a sentence ranker is scored against the CNN Corpus's human extracts, as
// ../shared/eval/README.md defines it: the first k sentences (k = the gold count) against
// the gold ones, as sentence F1 and ROUGE-1 / ROUGE-2 F1 (lower case, no stemming).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './paths.ts'

/** One article of the corpus, as the eval README gives it. */
export interface Article {
  id: string
  title: string
  paragraphs: { id: number, text: string }[][]
  gold: number[]
}

/** A sentence by where it stands: paragraph, then sentence within it. */
export interface Place { paragraph: number, sentence: number }

/** A ranker: every sentence of the article, best first. */
export type Ranker = (input: { title?: string, paragraphs: string[][] }) => Place[]

/** The dev half of the corpus; kept outside the project (research use), read where it lies. */
export const devCorpus = join(root, '../shared/eval/cnn-corpus-dev.jsonl')

/** The articles of `path`, one JSON object a line. */
export function readCorpus(path = devCorpus): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter(line => line.trim()).map(line => JSON.parse(line) as Article)
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function grams(words: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let index = 0; index + n <= words.length; index++) {
    const gram = words.slice(index, index + n).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

// ROUGE-N F1: n-grams shared (clipped counts) over the picked and over the gold n-grams.
function rouge(picked: string[], gold: string[], n: number): number {
  const ours = grams(tokens(picked.join(' ')), n)
  const theirs = grams(tokens(gold.join(' ')), n)
  let shared = 0
  let ourTotal = 0
  let theirTotal = 0
  for (const [gram, count] of ours) {
    ourTotal += count
    shared += Math.min(count, theirs.get(gram) ?? 0)
  }
  for (const count of theirs.values())
    theirTotal += count
  return shared ? 2 * shared / (ourTotal + theirTotal) : 0
}

/** Mean scores over a corpus, in percent. */
export interface Scores { sentenceF1: number, rouge1: number, rouge2: number }

/** `rank` scored on `articles`: means over articles of per-article F1, in percent. */
export function score(rank: Ranker, articles: Article[]): Scores {
  const sums = { sentenceF1: 0, rouge1: 0, rouge2: 0 }
  for (const article of articles) {
    const ids = article.paragraphs.map(paragraph => paragraph.map(sentence => sentence.id))
    const text = new Map(article.paragraphs.flat().map(sentence => [sentence.id, sentence.text]))
    const order = rank({ title: article.title, paragraphs: article.paragraphs.map(paragraph => paragraph.map(sentence => sentence.text)) })
    const picked = order.slice(0, article.gold.length).map(place => ids[place.paragraph]![place.sentence]!)
    const gold = new Set(article.gold)
    const hits = picked.filter(id => gold.has(id)).length
    sums.sentenceF1 += hits ? 2 * hits / (picked.length + gold.size) : 0
    const goldText = [...article.gold].sort((a, b) => a - b).map(id => text.get(id) ?? '')
    const pickedText = [...picked].sort((a, b) => a - b).map(id => text.get(id)!)
    sums.rouge1 += rouge(pickedText, goldText, 1)
    sums.rouge2 += rouge(pickedText, goldText, 2)
  }
  const mean = (sum: number): number => 100 * sum / articles.length
  return { sentenceF1: mean(sums.sentenceF1), rouge1: mean(sums.rouge1), rouge2: mean(sums.rouge2) }
}

function places(paragraphs: string[][]): Place[] {
  return paragraphs.flatMap((paragraph, p) => paragraph.map((_, sentence) => ({ paragraph: p, sentence })))
}

/** LEAD: the article's sentences in order. */
export const lead: Ranker = input => places(input.paragraphs)

/** TextRank (Mihalcea and Tarau 2004): PageRank on word overlap normalised by log lengths. */
export const textRank: Ranker = (input) => {
  const all = places(input.paragraphs)
  const sets = input.paragraphs.flat().map(text => tokens(text))
  const n = sets.length
  const weight = sets.map((a, i) => sets.map((b, j) => {
    if (i === j || a.length < 2 || b.length < 2)
      return 0
    const other = new Set(b)
    const shared = new Set(a.filter(word => other.has(word))).size
    return shared / (Math.log(a.length) + Math.log(b.length))
  }))
  const out = weight.map(row => row.reduce((sum, value) => sum + value, 0))
  let rank: number[] = Array.from({ length: n }, () => 1)
  for (let round = 0; round < 50; round++) {
    rank = rank.map((_, i) => 0.15 + 0.85 * weight.reduce((sum, row, j) => sum + (out[j] ? row[i]! * rank[j]! / out[j]! : 0), 0))
  }
  return all.map((place, index) => ({ place, index })).sort((a, b) => rank[b.index]! - rank[a.index]! || a.index - b.index).map(entry => entry.place)
}
