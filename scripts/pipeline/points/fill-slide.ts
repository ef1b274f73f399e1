// Filling one slide from its ranked sentences, within its room and character budget.
import type { Candidate, Point } from './point.ts'
import type { Pick } from './rank-picks.ts'
import { leads } from './point-leads.ts'
import { visible } from './shown-visuals.ts'

/** Room on one slide, in bullet lines and bullets. */
export interface Room {
  /** Height available, in bullet lines. */
  lines: number
  /** Most bullets. */
  bullets: number
}

/** A slide with fewer visible characters than this takes more points while it has room. */
const fullEnough = 48
// Visible characters (whitespace left out, title aside) a slide aims at and stops before:
// the audience reads a few short points, the speaker says the rest. English runs longer
// per idea than Chinese, so an English slide reaches the aim with fewer bullets.
const characters = { aim: 75, most: 105 }
// How far over `most` a slide's first point may take it.
const firstOver = 1.25

/** What a slide shows: the sentences picked, the blocks and the leads above them. */
export interface Chosen { picked: Set<Candidate>, visuals: Set<Point>, leadsShown: Set<Point> }

// Fill the slide from the ranked sentences. `strict`: a first sentence that needs leads
// shown above it may take the slide a little over its most characters, not far (a
// sub-heading, a list's introduction and a code line can double it); when none fits so,
// the best goes anyway (a slide shows at least one point).
/** The sentences, blocks and leads one slide shows. */
export function fillSlide(chunk: Point[], room: Room, ranked: Pick[], wanted: number, strict: boolean, visuals: Set<Point>, illustrated: Set<Point | undefined>): Chosen {
  const under = leads(chunk)
  const picked = new Set<Candidate>()
  const leadsShown = new Set<Point>()
  let lines = [...visuals].reduce((sum, point) => sum + point.lines, 0)
  let count = [...visuals].reduce((sum, point) => sum + visible(point.body), 0)
  const perPoint = new Map<Point, number>()
  // The sentence a shown block illustrates goes first, then each sub-heading gets its best
  // sentence; a second sentence of one paragraph waits until each paragraph had its turn.
  for (const round of [-2, -1, 0, 1, 2, 3]) {
    for (const { point, candidate, index } of ranked) {
      const needed = under[index]!.filter(lead => !leadsShown.has(lead))
      if ((round === -2 && (!illustrated.has(point) || candidate !== point.candidates![0])) || (round === -1 && !needed.length))
        continue
      const cost = candidate.lines + needed.reduce((sum, lead) => sum + lead.lines, 0)
      const adds = visible(candidate.shown) + needed.reduce((sum, lead) => sum + visible(lead.body), 0)
      // Under the aim, a point is taken when it brings the slide nearer the aim than it is.
      const nearer = count + adds - characters.aim <= characters.aim - count
      const more = !picked.size || (picked.size < wanted && count < characters.aim && nearer) || count < fullEnough
      // The block's own sentence is never crowded out by the block.
      const crowded = picked.size > 0 ? count + adds > characters.most : round > -2 && strict && needed.length > 0 && count + adds > characters.most * firstOver
      if (picked.has(candidate) || (perPoint.get(point) ?? 0) > Math.max(round, 0) || !more || crowded || picked.size >= room.bullets || lines + cost > room.lines)
        continue
      picked.add(candidate)
      perPoint.set(point, (perPoint.get(point) ?? 0) + 1)
      lines += cost
      count += adds
      for (const lead of needed)
        leadsShown.add(lead)
    }
  }
  return { picked, visuals, leadsShown }
}
