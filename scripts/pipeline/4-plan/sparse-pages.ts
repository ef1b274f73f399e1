// A content page that shows one short point and nothing else leaves the slide nearly empty:
// it joins the page before it in its section (or else the one after) when that page has room
// for it; one that cannot stays alone and is set as a statement (4-plan/text-size.ts).
// Two pages that each show one image (the first perhaps under its sub-heading) join into one
// slide with the two side by side: a before and after, a pair of figures.
import type { Image, Paragraph } from 'mdast'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import type { Room } from './3-points/select-points.ts'
import { joinedSeconds, pairAspect, statementRoom } from '../shared/tuning.ts'
import { silence } from './3-points/point.ts'
import { isShown, shownWidth } from './4-place/shown-text.ts'

/** Whether `page` shows one short bullet and nothing else (no lead, image, code or table). */
export function isSparse(page: Page): boolean {
  const shown = page.points.filter(isShown)
  return page.kind === 'content' && shown.length === 1 && shown[0]!.kind === 'bullet' && shownWidth(shown[0]!) <= statementRoom.lineWidth * statementRoom.lines
}

function fits(pages: Page[], room: Room, seconds: (point: Point) => number): boolean {
  const shown = pages.flatMap(page => page.points.filter(isShown))
  const said = pages.reduce((sum, page) => sum + page.points.reduce((total, point) => total + seconds(point), 0), 0)
  return shown.length <= room.bullets && shown.reduce((sum, point) => sum + point.lines, 0) <= room.lines && said <= joinedSeconds
}

/** `pages` (one section's, in order) with each sparse content page joined to a neighbouring content page that has room for it; `seconds`: the notes' speaking time of a point. */
export function joinSparse(pages: Page[], room: Room, seconds: (point: Point) => number): Page[] {
  const result = [...pages]
  for (let at = 0; at < result.length; at++) {
    const page = result[at]!
    if (!isSparse(page))
      continue
    const before = result[at - 1]
    const after = result[at + 1]
    if (before?.kind === 'content' && fits([before, page], room, seconds)) {
      result.splice(at - 1, 2, { kind: 'content', points: [...before.points, ...page.points] })
      at--
    }
    else if (after?.kind === 'content' && fits([page, after], room, seconds)) {
      result.splice(at, 2, { kind: 'content', points: [...page.points, ...after.points] })
    }
  }
  return result
}

// The one image `point` shows: a single paragraph holding one image and nothing else to read.
function oneImage(point: Point): Paragraph | undefined {
  const [block] = point.body
  const images = block?.type === 'paragraph' ? block.children.filter((child): child is Image => child.type === 'image') : []
  const rest = block?.type === 'paragraph' ? block.children.filter(child => child.type !== 'image' && !(child.type === 'text' && !child.value.trim())) : [block]
  return point.kind === 'block' && point.body.length === 1 && images.length === 1 && !rest.length ? block as Paragraph : undefined
}

// The image point of a page that shows one image and nothing else, or (`lead`) a sub-heading and then one image.
function loneImage(page: Page, lead: boolean): Point | undefined {
  const shown = page.points.filter(isShown)
  const opening = lead && shown.length === 2 && shown[0]!.kind === 'lead'
  const image = shown.at(-1)
  return page.kind === 'content' && shown.length === (opening ? 2 : 1) && image && oneImage(image) ? image : undefined
}

// Whether a sub-heading, shown or kept for the notes, stands among `points`: images on its two sides belong to different things.
function headed(points: Point[]): boolean {
  return points.some(point => point.kind === 'lead' || point.notes.some(note => note.type === 'heading'))
}

// An image that would lose much of its size beside another: wider than `pairAspect` times its height (the
// Go survey's 800 × 450 charts, their own type already small, had been set at half the slide's width).
// An image of unknown size (remote, missing) pairs as before.
function wide(point: Point): boolean {
  const image = oneImage(point)?.children.find((child): child is Image => child.type === 'image')
  const size = image?.data?.talkdownSize
  return Boolean(size && size.width > size.height * pairAspect)
}

/** `pages` (one section's, in order) with each two neighbouring pages of one image each (the first may open on a sub-heading) joined into one slide of the two images side by side, when no sub-heading comes between them and the joined slide says at most `joinedSeconds`. */
export function pairImages(pages: Page[], seconds: (point: Point) => number): Page[] {
  const result: Page[] = []
  for (let at = 0; at < pages.length; at++) {
    const [first, second] = [pages[at]!, pages[at + 1]]
    const left = loneImage(first, true)
    const right = second && loneImage(second, false)
    const between = left && right ? [...first.points.slice(first.points.indexOf(left) + 1), ...second!.points.slice(0, second!.points.indexOf(right))] : []
    const said = [first, second].reduce((sum, page) => sum + (page?.points ?? []).reduce((total, point) => total + seconds(point), 0), 0)
    if (!left || !right || headed(between) || said > joinedSeconds || [left, right].some(wide)) {
      result.push(first)
      continue
    }
    const pair: Paragraph = { type: 'paragraph', children: [...oneImage(left)!.children, ...oneImage(right)!.children].filter(child => child.type === 'image') }
    result.push({ kind: 'content', points: [...first.points.map(point => point === left ? { ...left, body: [pair] } : point), ...second!.points.map(point => point === right ? silence(point) : point)] })
    at++
  }
  return result
}
