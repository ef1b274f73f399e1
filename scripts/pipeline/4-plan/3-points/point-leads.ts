// A sentence under a sub-heading, or an item of a list with an introduction, is shown with
// them above it: the slide keeps the article's structure for what it shows.
import type { Point } from './point.ts'
import { isSubHeading } from './point.ts'

// The leads each point needs shown above it: the sub-heading of its section, and the
// sentence introducing its list (which itself needs the sub-heading).
export function leads(chunk: Point[]): Point[][] {
  let heading: Point | undefined
  let intro: Point | undefined
  return chunk.map((point) => {
    if (isSubHeading(point)) {
      heading = point
      intro = undefined
      return []
    }
    if (point.kind === 'lead') {
      intro = point
      return heading ? [heading] : []
    }
    if (!point.group)
      intro = undefined
    return [heading, intro].filter((lead): lead is Point => Boolean(lead))
  })
}
