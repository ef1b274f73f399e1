// Filling one slide from its ranked sentences, within its room and character budget.
import type { Candidate, Point } from './point.ts'
import type { Pick } from './rank-picks.ts'
import { slideWidth as characters, firstOver, fullEnough } from '../../shared/tuning.ts'
import { leads } from './point-leads.ts'
import { isSubHeading } from './point.ts'
import { visible } from './shown-visuals.ts'

/** Room on one slide, in bullet lines and bullets. */
export interface Room {
  /** Height available, in bullet lines. */
  lines: number
  /** Most bullets. */
  bullets: number
}

/** What a slide shows: the sentences picked, the blocks and the leads above them. */
export interface Chosen { picked: Set<Candidate>, visuals: Set<Point>, leadsShown: Set<Point> }

/** What one slide is filled from. */
export interface SlideFill {
  /** The points the slide is made from, in article order. */
  chunk: Point[]
  /** Its room. */
  room: Room
  /** Its sentences on offer, best first (rankPicks). */
  ranked: Pick[]
  /** Bullets it aims at. */
  wanted: number
  // A first sentence that needs leads shown above it may take the slide a little over its most
  // characters, not far (a sub-heading, a list's introduction and a code line can double it);
  // when none fits so, the best goes anyway (a slide shows at least one point).
  /** Whether a first sentence with leads is held to `firstOver` times the most characters. */
  strict: boolean
  /** The blocks it shows (shownVisuals). */
  visuals: Set<Point>
  /** The points whose sentence a shown block illustrates (illustratedBy). */
  illustrated: Set<Point | undefined>
}

/** The sentences, blocks and leads one slide shows, filled from the ranked sentences. */
export function fillSlide({ chunk, room, ranked, wanted, strict, visuals, illustrated }: SlideFill): Chosen {
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
      // A heading not yet shown (a joined chapter's, a merged section's, a sub-heading) gets its
      // best sentence past the aim: the slide shows each part of the outline it holds, within a
      // little over its most characters. The docusaurus release's Highlights slide had shown
      // one of its five sections.
      const chapter = round === -1 && needed.some(isSubHeading)
      const more = !picked.size || chapter || (picked.size < wanted && count < characters.aim && nearer) || count < fullEnough
      // The block's own sentence is never crowded out by the block.
      const crowded = picked.size > 0 ? count + adds > characters.most * (chapter ? firstOver : 1) : round > -2 && strict && needed.length > 0 && count + adds > characters.most * firstOver
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
  completeLists({ chunk, room, ranked, under, picked, leadsShown, lines, count })
  return { picked, visuals, leadsShown }
}

/** What `completeLists` reads and adds to. */
interface Filled { chunk: Point[], room: Room, ranked: Pick[], under: Point[][], picked: Set<Candidate>, leadsShown: Set<Point>, lines: number, count: number }

// A list its shown introduction announces ("以下の操作を実行する必要があります", "as follows:") is shown whole when the
// rest of its items fit the room within a little over the most characters: an introduction over one of five steps
// promises what the slide does not keep. Items are added in article order; a list too long for that stays as picked.
function completeLists({ chunk, room, ranked, under, picked, leadsShown, lines, count }: Filled): void {
  const intros = new Set([...leadsShown].filter(lead => !isSubHeading(lead)))
  const rest = ranked.filter(({ point, candidate, index }) => candidate === point.candidates![0] && under[index]!.some(lead => intros.has(lead))
    && !point.candidates!.some(other => picked.has(other)))
  if (!rest.length || !ranked.some(({ point, index }) => under[index]!.some(lead => intros.has(lead)) && point.candidates!.some(other => picked.has(other))))
    return
  const cost = rest.reduce((sum, { candidate }) => sum + candidate.lines, 0)
  const adds = rest.reduce((sum, { candidate }) => sum + visible(candidate.shown), 0)
  if (lines + cost > room.lines || picked.size + rest.length > room.bullets || count + adds > characters.most * firstOver)
    return
  for (const { candidate } of rest.sort((a, b) => chunk.indexOf(a.point) - chunk.indexOf(b.point)))
    picked.add(candidate)
}
