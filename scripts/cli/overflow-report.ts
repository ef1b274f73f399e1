// How `talkdown check` tells what does not fit: one line per overflowing slide.
import type { SlideOverflow } from '../browser/measure-talk.ts'
import type { Deck } from '../pipeline/index.ts'

/** One line for a slide: number, route id, the worst element and by how many pixels. */
export function overflowLine(found: SlideOverflow, deck: Deck): string {
  const slide = deck.slides[found.no - 1]
  const worst = [...found.overflows].sort((a, b) => b.pixels - a.pixels)[0]!
  const more = found.overflows.length > 1 ? ` (+${found.overflows.length - 1} more)` : ''
  const how = worst.kind === 'outside' ? 'sticks out of the slide' : 'is clipped'
  return `  slide ${found.no} /${slide?.routeAlias ?? '?'}: ${worst.element} ${how} by ${worst.pixels} px${more}`
}

/** Titles of the sections whose slides overflow; slides outside any section (cover, agenda…) are left out. */
export function overflowingSections(found: SlideOverflow[], deck: Deck): Set<string> {
  return new Set(found.flatMap(item => deck.slides[item.no - 1]?.section ?? []))
}
