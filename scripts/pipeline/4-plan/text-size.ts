// Type scaled to the amount of text: a content slide with a few short bullets takes the
// large size (`td-large` in styles/index.css) instead of leaving most of the slide empty;
// one short point alone is set as a statement (`td-statement`: larger still, centred).
import type { Slide } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import { largeTextRoom } from '../shared/tuning.ts'
import { isShown, shownWidth } from './4-place/shown-text.ts'
import { isSparse } from './sparse-pages.ts'

/** `slide` with the large type when `page`'s text is short enough for it. */
export function withTextSize(slide: Slide, page: Page): Slide {
  const shown = page.points.filter(isShown)
  const lines = shown.reduce((sum, point) => sum + Math.max(1, Math.ceil(shownWidth(point) / largeTextRoom.lineWidth)), 0)
  const blocks = shown.some(point => point.kind === 'block')
  if (page.kind !== 'content' || !shown.length || blocks || lines > largeTextRoom.lines || shown.length > largeTextRoom.bullets || slide.class)
    return slide
  return { ...slide, class: isSparse(page) ? 'td-statement' : 'td-large' }
}
