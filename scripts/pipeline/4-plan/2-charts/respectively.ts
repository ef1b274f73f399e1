// "Llama 4 Scout和Maverick分别是109B和400B" / "Scout and Maverick are 109B and 400B":
// pair the names listed before the first figure with the figures, in order.
import type { FigureMatch } from './extract/figures.ts'
import { textWidth } from '../../text/width.ts'

const VERB_END = /(?:分别是|分别为|分别|都是|[是为,]|were|are|respectively)\s*$/
const JOINER = /\s*(?:[和与及、,]|\sand\s)\s*/
const CLAUSE = /[，。．；：:;！？“”"（）()]/

/** Names for `figures` when the text lists exactly as many names before the first one. */
export function respectively(text: string, figures: FigureMatch[]): string[] | undefined {
  const first = figures[0]
  if (!first || figures.length < 2)
    return undefined
  const before = text.slice(0, first.index).split(CLAUSE).pop() ?? ''
  if (!VERB_END.test(before))
    return undefined
  const names = before.replace(VERB_END, '').split(JOINER).map(n => n.trim())
  const picked = names.slice(-figures.length)
  if (picked.length !== figures.length || picked.some(n => !n || textWidth(n) > 14))
    return undefined
  return picked
}
