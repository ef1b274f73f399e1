// Stage 3b: split a section's points into slides by speaking time (about a minute of
// notes each, evenly), then show on each only its most salient points (select-points.ts).
// Quotes get a slide of their own after the text they came from; a sub-heading never
// ends a slide; each image starts a slide of its own unless the slide has none yet; two
// slides of one image each then join into one (sparse-pages.ts).
import type { Lang } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import type { Room } from './3-points/select-points.ts'
import { toString } from 'mdast-util-to-string'
import { quoteSlide, slideRoom, slideSeconds } from '../shared/tuning.ts'
import { sentenceEnds, visibleCharacters } from '../text/measure.ts'
import { speakingTime, spokenBlocks } from '../text/speaking-time.ts'
import { selectPoints } from './3-points/select-points.ts'
import { isImageBlock } from './3-points/shown-visuals.ts'
import { shownWidth } from './4-place/shown-text.ts'
import { joinSparse, pairImages } from './sparse-pages.ts'
import { captionIn } from './visual-title.ts'

// Code, tables and markup are shown, not read out: they count a few seconds, whatever their length.
function seconds(point: Point): number {
  const said = spokenBlocks(point.notes)
  return speakingTime(said) + (said.length < point.notes.length ? 5 : 0)
}

function isCaption(point: Point): boolean {
  return captionIn(point.notes) !== undefined
}

// A caption's length: one sentence of at most 60 visible characters.
function oneShortSentence(point: Point): boolean {
  const text = toString(point.notes).trim()
  return sentenceEnds(text).length <= 1 && visibleCharacters(text) <= 60
}

// A code block shown as a listing.
function isListing(point: Point): boolean {
  return point.kind === 'block' && point.body.some(block => block.type === 'code')
}

// Contiguous runs of points, about `total / count` seconds each.
function chunks(points: Point[], times: number[], count: number): Point[][] {
  const total = times.reduce((sum, time) => sum + time, 0)
  const result: Point[][] = [[]]
  let elapsed = 0
  points.forEach((point, index) => {
    const current = result.at(-1)!
    const boundary = (total / count) * result.length
    const last = current.at(-1)
    const due = elapsed >= boundary - times[index]! / 2 && result.length < count
    // An image starts a slide when the slide has one already, or a code block two paragraphs or more
    // before it (right after one, it is likely its output); a code block after an image starts one too:
    // a screenshot and a listing do not both fit, and one's sentence would lose its place. (A table may
    // become a chart, which finds its own place.)
    const listing = current.findLastIndex(isListing)
    const image = (isImageBlock(point) && (current.some(isImageBlock) || (listing >= 0 && current.length - listing > 2))) || (isListing(point) && current.some(isImageBlock))
    // A numbered caption ("Figure 7.4 …") stays with the image above it.
    const caption = last && isImageBlock(last) && isCaption(point)
    // A sub-heading never ends a slide: before an image that starts one it moves along with it (the Kaiyuanshe
    // report's "#### 5.2.5 Frontend" had kept its chart on the slide of the section before, two charts over the room).
    const headed = last?.kind === 'lead'
    if (current.length && (due || image) && (!headed || (image && current.length > 1)) && !caption) {
      // A visual goes with the paragraph that leads into it ("You will see this:", a step and its
      // screenshot or its file), unless it is a numbered caption, or one short sentence right after an
      // image ("如上图所示"), which may be that image's. A sub-heading just above goes with them: it never ends a slide.
      const mayCaption = (candidate: Point): boolean => isCaption(candidate) || (isImageBlock(current.at(-2)!) && !isListing(point) && oneShortSentence(candidate))
      const leadsIn = image && current.length >= 2 && last?.kind === 'bullet' && !mayCaption(last)
      const moved = headed ? current.splice(-1) : leadsIn ? current.splice(current.at(-2)!.kind === 'lead' && current.length > 3 ? -2 : -1) : []
      result.push([...moved, point])
    }
    else {
      current.push(point)
    }
    elapsed += times[index]!
  })
  return result
}

// Sayings in a row share a quote slide, up to `quoteSlide.quotes` within `quoteSlide.width` em.
function quoteGroups(quotes: Point[]): Point[][] {
  const groups: Point[][] = []
  for (const quote of quotes) {
    const last = groups.at(-1)
    if (last && last.length < quoteSlide.quotes && [...last, quote].reduce((sum, point) => sum + shownWidth(point), 0) <= quoteSlide.width)
      last.push(quote)
    else
      groups.push([quote])
  }
  return groups
}

/** Split `points` (one section, in article order) into slides; `share` of the normal room, for sections the fit stage tightened; `title`: the section's, which key points are ranked against. */
export function paginate(points: Point[], share = 1, lang: Lang = 'zh', title = ''): Page[] {
  const room: Room = { lines: slideRoom.lines * share, bullets: Math.max(1, Math.floor(slideRoom.bullets * share)) }
  // Quotes follow the point whose text they came from (or open the section).
  const leading: Point[] = []
  const after = new Map<Point, Point[]>()
  const body: Point[] = []
  for (const point of points) {
    const last = body.at(-1)
    if (point.kind !== 'quote')
      body.push(point)
    else if (last)
      after.set(last, [...(after.get(last) ?? []), point])
    else
      leading.push(point)
  }
  const quotePages = (quotes: Point[]): Page[] => quoteGroups(quotes).map(group => ({ kind: 'quote', points: group }))
  if (!body.length)
    return quotePages(leading)
  const times = body.map(seconds)
  const total = times.reduce((sum, time) => sum + time, 0)
  const parts = chunks(body, times, Math.max(1, Math.round(total / slideSeconds)))
  const time = new Map(body.map((point, index) => [point, times[index]!]))
  const partSeconds = parts.map(part => part.reduce((sum, point) => sum + time.get(point)!, 0))
  return [...quotePages(leading), ...pairImages(joinSparse(selectPoints(parts, partSeconds, room, lang, title).flatMap(selection => [
    { kind: 'content', points: selection.points } as Page,
    ...selection.source.flatMap(point => quotePages(after.get(point) ?? [])),
  ]), room, seconds), seconds)]
}
