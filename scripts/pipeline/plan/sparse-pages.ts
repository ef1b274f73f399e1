import type { Page } from '../points/page.ts'
// A content page that shows one short point and nothing else leaves the slide nearly empty:
// it joins the page before it in its section (or else the one after) when that page has room
// for it; one that cannot stays alone and is set as a statement (plan/text-size.ts).
import type { Point } from '../points/point.ts'
import type { Room } from '../points/select-points.ts'
import { isShown, shownWidth } from '../place/shown-text.ts'
import { joinedSeconds, statementRoom } from '../shared/tuning.ts'

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
