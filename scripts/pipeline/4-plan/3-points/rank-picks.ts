// The order a slide's sentences are offered in: salience in MMR order (diverseOrder, as
// rankSentences ranks), the sentence a shown block illustrates first, a bare date or pointer
// last; fragments, announcements and repeats are left out.
import type { Lang } from '../../model/deck.ts'
import type { Candidate, Point } from './point.ts'
import { weakPenalty, weights } from '../../shared/tuning.ts'
import { isFragment } from '../../text/lang/index.ts'
import { visibleCharacters } from '../../text/measure.ts'
import { plainText } from '../../text/phrasing.ts'
import { leansBack } from './announcements.ts'
import { diverseOrder, words } from './salience.ts'
import { saysNothing } from './weak-point.ts'

/** One sentence of a chunk on offer: its point, the sentence, and the point's index in the chunk. */
export interface Pick { point: Point, candidate: Candidate, index: number }

/** The sentences of `chunk` a slide may show, best first; `illustrated`: the points whose sentence a shown block illustrates (`illustratedBy` in shown-visuals.ts), which come first. */
export function rankPicks(chunk: Point[], scores: Map<Candidate, number>, illustrated: Set<Point | undefined>, lang: Lang, seen: Set<string>): Pick[] {
  const all = chunk.flatMap((point, index) => (point.candidates ?? []).map(candidate => ({ point, candidate, index })))
  const score = (pick: Pick): number => (scores.get(pick.candidate) ?? 0) + (illustrated.has(pick.point) && pick.point.candidates![0] === pick.candidate ? 100 : 0)
  // Each pick's shown text, read once: the filters and the order below all ask for it.
  const shown = new Map(all.map(pick => [pick, plainText(pick.candidate.shown)]))
  const weak = (pick: Pick): number => saysNothing(shown.get(pick)!, lang) || leansBack(shown.get(pick)!) ? weakPenalty : 0
  // Announcements ("本文将从…", "In this section we…") stay in the notes, and so does a
  // sentence the article repeats that this or an earlier slide of the section shows.
  const offered = new Set(seen)
  // A fragment ("这里使用的技巧是", "…we would receive some") is never shown: its sentence stays in the notes.
  const kept = all.filter(pick => score(pick) >= 0 && !isFragment(shown.get(pick)!, lang))
  const order = diverseOrder(kept.map(pick => score(pick) - weak(pick)), kept.map(pick => new Set(words(pick.candidate.cues.text, lang))), weights.slideRedundancy)
  return order.map(at => kept[at]!).filter((pick) => {
    const text = shown.get(pick)!
    if (isRepeatable(text))
      return true
    const fresh = !offered.has(text)
    offered.add(text)
    return fresh
  })
}

/** Whether `text` may show more than once a section: a short answer ("Yes") may well come again. */
export function isRepeatable(text: string): boolean {
  return visibleCharacters(text) < 16
}
