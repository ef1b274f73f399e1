// Which points a slide shows: its most salient sentences, about three to five, each as
// a short key point; at most one code block or table (beside the sentence it
// illustrates); every image. Everything else stays in the slide's notes.
import type { ListItem } from 'mdast'
import type { Lang } from '../model/deck.ts'
import type { Candidate, Point } from './point.ts'
import { plainText } from '../text/phrasing.ts'
import { leads } from './point-leads.ts'
import { silence } from './point.ts'
import { salience } from './salience.ts'
import { isVisual, shownVisuals, visible } from './shown-visuals.ts'
import { isWeakPoint } from './weak-point.ts'

/** Room on one slide, in bullet lines and bullets. */
export interface Room {
  /** Height available, in bullet lines. */
  lines: number
  /** Most bullets. */
  bullets: number
}

/** One slide's points as shown, and the points it was made from. */
export interface Selection {
  /** Points in article order: the chosen shown, the rest notes-only. */
  points: Point[]
  /** The points before selection. */
  source: Point[]
}

/** A slide with fewer visible characters than this takes more points while it has room. */
const fullEnough = 48
/** Bullets a slide aims at, fewest and most. */
const aim = { fewest: 3, most: 5 }
// Visible characters (whitespace left out, title aside) a slide aims at and stops before:
// the audience reads a few short points, the speaker says the rest. English runs longer
// per idea than Chinese, so an English slide reaches the aim with fewer bullets.
const characters = { aim: 75, most: 105 }
// How far over `most` a slide's first point may take it.
const firstOver = 1.25

interface Pick { point: Point, candidate: Candidate, index: number }

// A fragment ("这里使用的技巧是", "2025年11月左右") is shown only when nothing better is left.
const weakPenalty = 2

function rank(chunk: Point[], scores: Map<Candidate, number>, visuals: Set<Point>, lang: Lang): Pick[] {
  const all = chunk.flatMap((point, index) => (point.candidates ?? []).map(candidate => ({ point, candidate, index })))
  // The sentence just before a shown block is the one it illustrates: it comes first.
  const illustrated = new Set(chunk.flatMap((point, index) => visuals.has(point) ? [chunk.slice(0, index).findLast(p => p.candidates?.length)] : []))
  const score = (pick: Pick): number => (scores.get(pick.candidate) ?? 0) + (illustrated.has(pick.point) && pick.point.candidates![0] === pick.candidate ? 100 : 0)
  const weak = (pick: Pick): number => isWeakPoint(plainText(pick.candidate.shown), lang) ? weakPenalty : 0
  // Announcements ("本文将从…", "In this section we…") stay in the notes.
  return all.filter(pick => score(pick) >= 0).sort((a, b) => score(b) - weak(b) - score(a) + weak(a) || a.index - b.index)
}

interface Chosen { picked: Set<Candidate>, visuals: Set<Point>, leadsShown: Set<Point> }

// Fill the slide from the ranked sentences. `strict`: a first sentence that needs leads
// shown above it may take the slide a little over its most characters, not far (a
// sub-heading, a list's introduction and a code line can double it); when none fits so,
// the best goes anyway (a slide shows at least one point).
function fill(chunk: Point[], room: Room, ranked: Pick[], wanted: number, strict: boolean): Chosen {
  const visuals = shownVisuals(chunk)
  const under = leads(chunk)
  const picked = new Set<Candidate>()
  const leadsShown = new Set<Point>()
  let lines = [...visuals].reduce((sum, point) => sum + point.lines, 0)
  let count = [...visuals].reduce((sum, point) => sum + visible(point.body), 0)
  const perPoint = new Map<Point, number>()
  // Each sub-heading first gets its best sentence; a second sentence of one paragraph
  // waits until each paragraph had its turn.
  for (const round of [-1, 0, 1, 2, 3]) {
    for (const { point, candidate, index } of ranked) {
      const needed = under[index]!.filter(lead => !leadsShown.has(lead))
      if (round < 0 && !needed.length)
        continue
      const cost = candidate.lines + needed.reduce((sum, lead) => sum + lead.lines, 0)
      const adds = visible(candidate.shown) + needed.reduce((sum, lead) => sum + visible(lead.body), 0)
      const more = !picked.size || (picked.size < wanted && count < characters.aim) || count < fullEnough
      const crowded = picked.size > 0 ? count + adds > characters.most : strict && needed.length > 0 && count + adds > characters.most * firstOver
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

function choose(chunk: Point[], room: Room, scores: Map<Candidate, number>, seconds: number, lang: Lang): Chosen {
  const wanted = Math.min(room.bullets, Math.max(aim.fewest, Math.min(aim.most, Math.round(seconds / 20))))
  const ranked = rank(chunk, scores, shownVisuals(chunk), lang)
  const chosen = fill(chunk, room, ranked, wanted, true)
  return chosen.picked.size || !ranked.length ? chosen : fill(chunk, room, ranked, wanted, false)
}

function shown(point: Point, candidate: Candidate, first: boolean, ordered: boolean): Point {
  const item: ListItem = { ...point.item!, children: [{ type: 'paragraph', children: candidate.shown }] }
  return { ...point, item, ordered, lines: candidate.lines, notes: first ? point.notes : [], candidates: undefined }
}

function page(chunk: Point[], room: Room, scores: Map<Candidate, number>, seconds: number, lang: Lang): Point[] {
  const { picked, visuals, leadsShown } = choose(chunk, room, scores, seconds, lang)
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

/** The points each chunk (one slide's share of a section) shows; `seconds` is each chunk's speaking time. */
export function selectPoints(chunks: Point[][], seconds: number[], room: Room, lang: Lang): Selection[] {
  const candidates = chunks.flat().flatMap(point => point.candidates ?? [])
  const scored = salience(candidates.map(candidate => candidate.cues), lang)
  const scores = new Map(candidates.map((candidate, index) => [candidate, scored[index]!]))
  return chunks.map((chunk, index) => ({ points: page(chunk, room, scores, seconds[index] ?? 0, lang), source: chunk }))
}
