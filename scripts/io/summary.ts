// The one-line summary of a build, printed by `talkdown build` and after each save in the watch loops.
import type { Deck } from '../pipeline/index.ts'

/** One line: what was written, slide and chapter counts, speaking time. */
export function summary(deck: Deck, output: string, written: boolean): string {
  const minutes = Math.max(1, Math.round(deck.slides.reduce((sum, slide) => sum + slide.seconds, 0) / 60))
  return `${written ? '✓ wrote' : '✓ unchanged'} ${output}: ${deck.slides.length} slides, ${deck.chapters.length} chapters, about ${minutes} min`
}
