// A paragraph's key point for a quote slide or a subtitle: the author's bold lead phrase with
// its first clause, else the sentence around the first bold phrase, else the first sentence;
// shortened where the language layer says a whole thought ends (never with "…"), so it fits
// the budget. Nothing whole fits: nothing is shown and the words stay in the notes.
import type { PhrasingContent } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import { clauseMark, isFragment, wholeUpTo, words } from '../../text/lang/index.ts'
import { sentenceEnds, width } from '../../text/measure.ts'
import { plainText, slicePhrasing } from '../../text/phrasing.ts'

const trailing = /[\s，,：:、；;。.！!？?]+$/u

/** The key point of inline content `nodes`, at most about `budget` em wide. */
export function keyPoint(nodes: PhrasingContent[], budget: number, lang: Lang): PhrasingContent[] {
  const text = plainText(nodes)
  const start = text.length - text.trimStart().length
  const [from, to] = leadRange(nodes, text, start, budget, lang) ?? boldRange(nodes, text, budget, lang) ?? sentenceRange(text, start, budget, lang)
  return finish(nodes, text, from, to)
}

function leadRange(nodes: PhrasingContent[], text: string, start: number, budget: number, lang: Lang): [number, number] | undefined {
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
  // With nothing whole after it, the bold lead stands alone.
  return [start, restStart + wholeCut(sentence, room, lang)]
}

function boldRange(nodes: PhrasingContent[], text: string, budget: number, lang: Lang): [number, number] | undefined {
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
  return [at, at + wholeCut(boldText, budget, lang)]
}

function sentenceRange(text: string, start: number, budget: number, lang: Lang): [number, number] {
  const sentence = text.slice(start, sentenceEnds(text)[0])
  return [start, start + wholeCut(sentence, budget, lang)]
}

// `text` when it fits, else the longest head within `budget` em that the language layer calls
// whole: at a clause mark when one keeps a third of the budget (a clause reads better than a
// phrase), else at a word; 0 when no head reads whole. Text that hands on to a list with a colon
// is shown without its colon only if it then reads whole ("百度也有诸多开源项目，其中：" wants its list).
function wholeCut(text: string, budget: number, lang: Lang): number {
  const sentence = text.replace(trailing, '')
  if (width(sentence) <= budget && !(/[：:]\s*$/u.test(text) && isFragment(sentence, lang)))
    return sentence.length
  let clause = 0
  let word = 0
  for (const next of words(text, lang)) {
    const raw = text.slice(0, next.start).trimEnd()
    const head = raw.replace(trailing, '')
    if (width(head) > budget)
      break
    if (!head.trim() || !wholeUpTo(text, head.length, lang))
      continue
    word = head.length
    if (clauseMark(lang).test(raw.at(-1) ?? '') && width(head) >= budget / 3)
      clause = head.length
  }
  return clause || word
}

function finish(nodes: PhrasingContent[], text: string, start: number, to: number): PhrasingContent[] {
  let from = start
  while (from < to && /\s/u.test(text[from] ?? ''))
    from++
  let end = to
  while (end > from && trailing.test(text.slice(from, end)) && trailing.test(text[end - 1] ?? ''))
    end--
  return slicePhrasing(nodes, from, end)
}
