// `npx tsx bench/ranker-tune.ts`: coordinate ascent on the ranker's weights over the CNN Corpus
// dev half, maximising the mean of sentence F1 and ROUGE-2 F1, each trial a `rankSentences`
// run with those weights. Prints the best found; salience-weights.ts is edited by hand. Dev half only.
import process from 'node:process'
import { rankSentences } from '../scripts/pipeline/index.ts'
import { readCorpus, score } from './ranker-score.ts'

type Weights = NonNullable<Parameters<typeof rankSentences>[2]>

// The starting point: the weights as first set by hand, after a first partial run of this
// tuner (central 1 → 0.6, positionScale 3 → 5, first 0.3 → 0.5, date 0.1 → -0.1).
const start: Weights = { central: 0.6, title: 1, early: 1, positionScale: 5, first: 0.5, length: 0.5, fullLength: 15, figure: 0.3, date: -0.1, names: 0.3, quoted: -0.3, announces: -10, leansBack: -0.3, bold: 1.5, item: 0.5, redundancy: 0.5 }
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

const articles = readCorpus()
function value(weights: Weights): number {
  const scores = score(input => rankSentences(input, 'en', weights), articles)
  return (scores.sentenceF1 + scores.rouge2) / 2
}

let current = start
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
