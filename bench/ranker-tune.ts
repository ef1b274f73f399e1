// `npx tsx bench/ranker-tune.ts`: coordinate ascent on the ranker's weights (shared/tuning.ts)
// over the CNN Corpus dev half, maximising the mean of sentence F1 and ROUGE-2 F1 (ROUGE-2 here
// without the word pairs across sentence ends, which bench/ranker.ts counts). Prints the best
// found; shared/tuning.ts is edited by hand, and bench/ranker.ts gives the exact figures. Dev half only.
// The scorer's internals, not the public API: the features are computed once per article
// (and again only for a new position scale or full length), where `rankSentences` would
// segment all 35,000 sentences again for each of hundreds of trials.
/* eslint-disable no-restricted-imports */
import type { Features, Weights } from '../scripts/pipeline/4-plan/3-points/salience.ts'
import process from 'node:process'
import { combine, diverseOrder, sentenceFeatures } from '../scripts/pipeline/4-plan/3-points/salience.ts'
import { weights } from '../scripts/pipeline/shared/tuning.ts'
/* eslint-enable no-restricted-imports */
import { readCorpus } from './ranker-score.ts'

function bigrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const counts = new Map<string, number>()
  for (let index = 0; index + 1 < words.length; index++) {
    const gram = `${words[index]} ${words[index + 1]}`
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

interface Prepared { features: Features[], sets: Set<string>[], gold: Set<number>, grams: Map<string, number>[], goldGrams: Map<string, number>, goldTotal: number }

const articles = readCorpus()
const prepared = new Map<string, Prepared[]>()
function prepare(scale: Pick<Weights, 'positionScale' | 'fullLength'>): Prepared[] {
  const key = `${scale.positionScale}/${scale.fullLength}`
  const found = prepared.get(key)
  if (found)
    return found
  const made = articles.map((article) => {
    const flat = article.paragraphs.flatMap(paragraph => paragraph.map((sentence, at) => ({ ...sentence, first: at === 0 })))
    const { features, sets } = sentenceFeatures(flat.map(sentence => ({ text: sentence.text, first: sentence.first, bold: false, item: false })), 'en', article.title, scale)
    const gold = new Set(flat.flatMap((sentence, index) => article.gold.includes(sentence.id) ? [index] : []))
    const grams = flat.map(sentence => bigrams(sentence.text))
    const goldGrams = new Map<string, number>()
    for (const index of gold) {
      for (const [gram, count] of grams[index]!)
        goldGrams.set(gram, (goldGrams.get(gram) ?? 0) + count)
    }
    return { features, sets, gold, grams, goldGrams, goldTotal: [...goldGrams.values()].reduce((sum, count) => sum + count, 0) }
  })
  prepared.set(key, made)
  return made
}

function value(weight: Weights): number {
  let total = 0
  const data = prepare(weight)
  for (const article of data) {
    const k = article.gold.size
    const picked = diverseOrder(article.features.map(row => combine(row, weight)), article.sets, weight.redundancy).slice(0, k)
    const hits = picked.filter(index => article.gold.has(index)).length
    const ours = new Map<string, number>()
    for (const index of picked) {
      for (const [gram, count] of article.grams[index]!)
        ours.set(gram, (ours.get(gram) ?? 0) + count)
    }
    let shared = 0
    let ourTotal = 0
    for (const [gram, count] of ours) {
      ourTotal += count
      shared += Math.min(count, article.goldGrams.get(gram) ?? 0)
    }
    total += (k ? hits / k : 0) + (shared ? 2 * shared / (ourTotal + article.goldTotal) : 0)
  }
  return 50 * total / data.length
}

// News has no bold or list items, and hardly an announcement: those stay as set.
const tuned: { key: keyof Weights, step: number }[] = [
  { key: 'central', step: 0.4 },
  { key: 'title', step: 0.4 },
  { key: 'early', step: 0.4 },
  { key: 'positionScale', step: 2 },
  { key: 'first', step: 0.2 },
  { key: 'length', step: 0.2 },
  { key: 'fullLength', step: 5 },
  { key: 'figure', step: 0.2 },
  { key: 'date', step: 0.2 },
  { key: 'names', step: 0.2 },
  { key: 'quoted', step: 0.2 },
  { key: 'leansBack', step: 0.2 },
  { key: 'redundancy', step: 0.2 },
]

let current: Weights = { ...weights }
let best = value(current)
process.stderr.write(`start ${best.toFixed(2)}\n`)
for (const shrink of [1, 0.5, 0.25]) {
  let moved = true
  while (moved) {
    moved = false
    for (const { key, step } of tuned) {
      for (const delta of [step * shrink, -step * shrink]) {
        const trial = { ...current, [key]: Math.round((current[key] + delta) * 1000) / 1000 }
        if (trial[key] <= 0 && (key === 'positionScale' || key === 'fullLength'))
          continue
        const trialValue = value(trial)
        if (trialValue > best + 0.01) {
          [current, best] = [trial, trialValue]
          moved = true
          process.stderr.write(`${key} ${trial[key]} → ${best.toFixed(2)}\n`)
          break
        }
      }
    }
  }
}
process.stdout.write(`${best.toFixed(2)} ${JSON.stringify(current)}\n`)
