// Which points a slide shows: its most salient sentences, about three to five, each as
// a short key point; at most one code block or table (beside the sentence it
// illustrates); every image. Everything else stays in the slide's notes.
import type { ListItem } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import type { Chosen, Room } from './fill-slide.ts'
import type { Candidate, Point } from './point.ts'
import type { Pick } from './rank-picks.ts'
import { bulletAim as aim } from '../../shared/tuning.ts'
import { plainText } from '../../text/phrasing.ts'
import { fillSlide } from './fill-slide.ts'
import { silence } from './point.ts'
import { rankPicks } from './rank-picks.ts'
import { salience } from './salience.ts'
import { illustratedBy, isVisual, shownVisuals, standsApart } from './shown-visuals.ts'

export type { Room } from './fill-slide.ts'

/** One slide's points as shown, and the points it was made from. */
export interface Selection {
  /** Points in article order: the chosen shown, the rest notes-only. */
  points: Point[]
  /** The points before selection. */
  source: Point[]
}

function choose(chunk: Point[], room: Room, scores: Map<Candidate, number>, context: PageContext): Chosen {
  const wanted = Math.min(room.bullets, Math.max(aim.fewest, Math.min(aim.most, Math.round(context.seconds / 20))))
  const attempt = (visuals: Set<Point>): Chosen & { ranked: Pick[] } => {
    const illustrated = illustratedBy(chunk, visuals)
    const ranked = rankPicks(chunk, scores, illustrated, context.lang, context.seen)
    const fill = { chunk, room, ranked, wanted, visuals, illustrated }
    const chosen = fillSlide({ ...fill, strict: true })
    return { ...(chosen.picked.size || !ranked.length ? chosen : fillSlide({ ...fill, strict: false })), ranked }
  }
  const chosen = attempt(shownVisuals(chunk, context.continued))
  // A code block whose sentence could show but did not make the slide would stand apart
  // from it, under another sub-heading: the notes keep it, and the slide its sentences.
  const showable = new Set(chosen.ranked.map(pick => pick.candidate))
  return standsApart(chunk, chosen.visuals, showable, chosen.picked) ? attempt(new Set()) : chosen
}

function shown(point: Point, candidate: Candidate, first: boolean, ordered: boolean): Point {
  const item: ListItem = { ...point.item!, children: [{ type: 'paragraph', children: candidate.shown }] }
  return { ...point, item, ordered, lines: candidate.lines, notes: first ? point.notes : [], candidates: undefined }
}

// What one chunk's choice depends on besides its points.
interface PageContext {
  /** Speaking time of the chunk, in seconds. */
  seconds: number
  /** Language of the article. */
  lang: Lang
  /** Whether the chunk goes on from an earlier slide of its section. */
  continued: boolean
  /** Key points earlier slides of the section show. */
  seen: Set<string>
}

function page(chunk: Point[], room: Room, scores: Map<Candidate, number>, context: PageContext): Point[] {
  const { picked, visuals, leadsShown } = choose(chunk, room, scores, context)
  for (const candidate of picked)
    context.seen.add(plainText(candidate.shown))
  // A list keeps its numbers on the slide only when all of its items here are shown.
  const partial = new Set(chunk.filter(point => point.group && point.candidates?.length && !point.candidates.some(c => picked.has(c))).map(point => point.group))
  return chunk.flatMap((point) => {
    if (point.kind === 'lead')
      return leadsShown.has(point) ? [point] : [silence(point)]
    if (isVisual(point))
      return visuals.has(point) ? [point] : [silence(point)]
    const chosen = (point.candidates ?? []).filter(candidate => picked.has(candidate))
    if (!chosen.length)
      return point.kind === 'bullet' ? [silence(point)] : [point]
    return chosen.map((candidate, index) => shown(point, candidate, index === 0, Boolean(point.ordered) && !partial.has(point.group)))
  })
}

/** The points each chunk (one slide's share of a section) shows; `seconds` is each chunk's speaking time, `title` the section's. */
export function selectPoints(chunks: Point[][], seconds: number[], room: Room, lang: Lang, title = ''): Selection[] {
  const candidates = chunks.flat().flatMap(point => point.candidates ?? [])
  const scored = salience(candidates.map(candidate => ({ ...candidate.cues, shown: plainText(candidate.shown) })), lang, title)
  const scores = new Map(candidates.map((candidate, index) => [candidate, scored[index]!]))
  const seen = new Set<string>()
  return chunks.map((chunk, index) => ({ points: page(chunk, room, scores, { seconds: seconds[index] ?? 0, lang, continued: index > 0, seen }), source: chunk }))
}
