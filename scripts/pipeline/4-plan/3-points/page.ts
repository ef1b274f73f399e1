// A slide's worth of points, as pagination makes it and chart placement and type sizing read it.
// It lives beside Point, not in 4-plan/paginate.ts, so that 4-plan/4-place/ (run by 4-plan/) need not import plan/.
import type { Point } from './point.ts'

/** The points shown on one slide. */
export interface Page {
  /** `quote` pages hold one quotation; `content` pages hold bullets and blocks. */
  kind: 'content' | 'quote'
  /** Points on the page, in article order (notes-only points included). */
  points: Point[]
}
