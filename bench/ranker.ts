import type { Scores } from './ranker-score.ts'
// The key-point row (issue 25): the planner's sentence ranker (`rankSentences`) against the
// human extracts of the CNN Corpus dev half, with LEAD and TextRank scored in the same run.
// Alone: `npx tsx bench/ranker.ts`.
import type { Section } from './report.ts'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { rankSentences } from '../scripts/pipeline/index.ts'
import { devCorpus, lead, readCorpus, score, textRank } from './ranker-score.ts'
import { textTable } from './report.ts'

const measures: { key: keyof Scores, name: string }[] = [
  { key: 'sentenceF1', name: 'sentence F1' },
  { key: 'rouge1', name: 'ROUGE-1 F1' },
  { key: 'rouge2', name: 'ROUGE-2 F1' },
]

/** The row: each measure for ours against LEAD, TextRank in the notes. */
export function rankerSection(): Section {
  const articles = readCorpus()
  const ours = score(input => rankSentences(input, 'en'), articles)
  const leading = score(lead, articles)
  const graph = score(textRank, articles)
  const rows = measures.map(({ key, name }) => {
    const gain = ours[key] - leading[key]
    return {
      task: `key points vs human extract, ${name} (CNN dev, ${articles.length} articles)`,
      ours: ours[key].toFixed(1),
      peer: `LEAD ${leading[key].toFixed(1)}`,
      ratio: `${gain >= 0 ? '+' : ''}${gain.toFixed(1)}`,
      target: key === 'rouge1' ? '–' : '> LEAD (stretch +2)',
      verdict: key === 'rouge1' ? (gain > 0 ? 'ahead' : 'behind') : gain >= 2 ? 'met, stretch met' : gain > 0 ? 'met' : `missed by ${(-gain).toFixed(1)}`,
    }
  })
  const line = (name: string, scores: Scores): string => `${name}: sentence F1 ${scores.sentenceF1.toFixed(1)}, ROUGE-1 ${scores.rouge1.toFixed(1)}, ROUGE-2 ${scores.rouge2.toFixed(1)}`
  return {
    title: '6. Key points (issue 25)',
    rows,
    commands: ['npx tsx bench/ranker.ts'],
    notes: [
      `${devCorpus.replace(/^.*\/shared\//u, '../shared/')}, scored as ../shared/eval/README.md defines it (first k = gold count sentences; F1 in percent, means over articles).`,
      line('rankSentences', ours),
      line('LEAD', leading),
      line('TextRank (PageRank on word overlap over log lengths, every word)', graph),
    ],
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = rankerSection()
  process.stdout.write(`${textTable(section.rows)}\n\n${section.notes.join('\n')}\n`)
}
