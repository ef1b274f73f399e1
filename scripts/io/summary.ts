// The one-line summary of a build, printed by `talkdown build` and after each save in the watch loops.
import type { Deck } from '../pipeline/index.ts'

/** `n` and `noun`, plural unless `n` is 1 (`1 slide`, `2 slides`). */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** One line: what was written, slide and chapter counts, speaking time (and, for a timed talk, the plan and its backup slides). */
export function summary(deck: Deck, output: string, written: boolean): string {
  const main = deck.slides.filter(slide => !slide.backup)
  const seconds = main.reduce((sum, slide) => sum + slide.seconds, 0)
  const done = `${written ? '✓ wrote' : '✓ unchanged'} ${output}:`
  if (!deck.minutes)
    return `${done} ${count(deck.slides.length, 'slide')}, ${count(deck.chapters.length, 'chapter')}, about ${Math.max(1, Math.round(seconds / 60))} min`
  const backup = deck.slides.length - main.length
  return `${done} planned ${(seconds / 60).toFixed(1)} min: ${count(main.length, 'slide')} in the talk, ${backup} moved to backup, ${count(deck.chapters.length, 'chapter')}`
}
