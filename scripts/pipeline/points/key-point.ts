// A paragraph's key point for a bullet: the author's bold lead phrase with its first
// clause, else the sentence around the first bold phrase, else the first sentence;
// shortened at a clause boundary so it fits the bullet budget.
import type { PhrasingContent } from 'mdast'
import { clauseCut, sentenceEnds, width } from '../text/measure.ts'
import { plainText, slicePhrasing } from '../text/phrasing.ts'

const trailing = /[\s，,：:、；;。.！!？?]+$/u
const clauseMark = /^[，,：:、；;—–]/u

/** The key point of inline content `nodes`, at most about `budget` em wide. */
export function keyPoint(nodes: PhrasingContent[], budget: number): PhrasingContent[] {
  const text = plainText(nodes)
  const start = text.length - text.trimStart().length
  const [from, to] = leadRange(nodes, text, start, budget) ?? boldRange(nodes, text, budget) ?? sentenceRange(text, start, budget)
  return finish(nodes, text, from, to)
}

function leadRange(nodes: PhrasingContent[], text: string, start: number, budget: number): [number, number] | undefined {
  const first = nodes.find(node => plainText([node]).trim())
  if (first?.type !== 'strong')
    return undefined
  const leadEnd = text.indexOf(plainText([first])) + plainText([first]).length
  if (!/^\s*[：:]/u.test(text.slice(leadEnd)))
    return undefined
  const restStart = leadEnd + (/^\s*[：:]\s*/u.exec(text.slice(leadEnd))?.[0].length ?? 0)
  const rest = text.slice(restStart)
  const sentence = rest.slice(0, sentenceEnds(rest)[0])
  const room = Math.max(budget - width(text.slice(start, restStart)), budget / 3)
  return [start, restStart + clauseCut(sentence, room)]
}

function boldRange(nodes: PhrasingContent[], text: string, budget: number): [number, number] | undefined {
  const bold = nodes.find(node => node.type === 'strong' && width(plainText([node]).trim()) >= 2)
  if (!bold)
    return undefined
  const boldText = plainText([bold])
  const at = text.indexOf(boldText)
  const ends = [0, ...sentenceEnds(text)]
  const index = ends.findIndex(end => end > at)
  const [from, to] = [ends[index - 1] ?? 0, ends[index] ?? text.length]
  if (width(text.slice(from, to)) <= budget)
    return [from, to]
  return [at, at + clauseCut(boldText, budget)]
}

function sentenceRange(text: string, start: number, budget: number): [number, number] {
  const sentence = text.slice(start, sentenceEnds(text)[0])
  return [start, start + clauseCut(sentence, budget)]
}

function finish(nodes: PhrasingContent[], text: string, start: number, to: number): PhrasingContent[] {
  let from = start
  while (from < to && /\s/u.test(text[from] ?? ''))
    from++
  let end = to
  while (end > from && trailing.test(text.slice(from, end)) && trailing.test(text[end - 1] ?? ''))
    end--
  const cutMidClause = to < text.trimEnd().length && !clauseMark.test(text.slice(to)) && !sentenceEnds(text).includes(to)
  const slice = slicePhrasing(nodes, from, end)
  return cutMidClause ? [...slice, { type: 'text', value: '…' }] : slice
}
