// Fit a planned deck to a time slot (`--minutes N`): the speaker's notes are trimmed to
// their leading sentences, evenly across the talk, and when that is not enough the least
// salient sections move to backup slides after the closing slide. Nothing is lost: each
// slide's notes start with what to say, and the full text follows below a thematic break.

import type { BlockContent, RootContent } from 'mdast'
import type { Deck, Slide } from '../model/deck.ts'
import type { NoteSentences } from './spoken-notes.ts'
import { backupOrder, slotSections } from './backup-sections.ts'
import { labels } from './labels.ts'
import { joinSentences, noteSentences, spokenSeconds, spokenSentences } from './spoken-notes.ts'

/** A deck fitted to its slot, and what it took. */
export interface TimedDeck {
  /** The deck: main flow, closing slide, then backup slides. */
  deck: Deck
  /** Planned speaking time of the main flow, in seconds. */
  seconds: number
  /** Speaking time of all the notes, in seconds: the whole article. */
  whole: number
}

// Notes are never cut below this share of their time; sections move to backup first once
// the talk would need less than `moveBelow` of every slide's notes.
const shareFloor = 0.2
const moveBelow = 0.45

const paragraph = (value: string): BlockContent => ({ type: 'paragraph', children: [{ type: 'text', value }] })
const trimmable = (slide: Slide): boolean => slide.kind === 'content' || slide.kind === 'quote'

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`
}

/** Spoken seconds of the main flow for a notes share, without the slides in `moved`. */
function total(slides: Slide[], sentences: (NoteSentences | undefined)[], share: number, moved: Set<number>): number {
  return slides.reduce((sum, slide, index) => {
    const notes = sentences[index]
    if (moved.has(index))
      return sum
    return sum + (notes && share < 1 ? spokenSeconds(spokenSentences(notes, share)) : slide.seconds)
  }, 0)
}

/** The largest share whose talk fits `target`, or the floor. */
function fittingShare(count: (share: number) => number, target: number): number {
  let [low, high] = [shareFloor, 1]
  if (count(high) <= target)
    return high
  for (let step = 0; step < 24; step++) {
    const middle = (low + high) / 2
    if (count(middle) <= target)
      low = middle
    else high = middle
  }
  return low
}

// What leaves the talk, in order: sections below their chapter's best, while the notes
// trimmed to `moveBelow` of their time would not fit; then, counting notes at the floor,
// the dividers of chapters left with one section (a divider before a single slide only
// takes time), the continuation slides of those sections, and last whole sections.
function movedSlides(deck: Deck, sentences: (NoteSentences | undefined)[], target: number): Set<number> {
  const order = backupOrder(slotSections(deck.slides))
  const best = order.slice(order.length - new Set(order.map(section => section.chapter)).size)
  const chapters = deck.slides.flatMap((slide, index) => slide.kind === 'chapter' ? [[index]] : [])
  const stages: [number, number[][]][] = [
    [moveBelow, order.slice(0, order.length - best.length).map(section => section.slides)],
    [shareFloor, [...chapters, ...best.map(section => section.slides.slice(1)), ...best.map(section => section.slides.slice(0, 1))]],
  ]
  const moved = new Set<number>()
  for (const [share, groups] of stages) {
    const seconds = deck.slides.map((slide, index) => moved.has(index) ? 0 : total([slide], [sentences[index]], share, new Set()))
    let left = seconds.reduce((sum, value) => sum + value, 0)
    for (const group of groups) {
      if (left <= target)
        break
      group.forEach(index => moved.add(index))
      left -= group.reduce((sum, index) => sum + seconds[index]!, 0)
    }
  }
  return moved
}

function spokenNotes(slide: Slide, notes: NoteSentences | undefined, share: number): { notes: RootContent[], seconds: number } {
  if (!notes || (share >= 1 && !slide.notes.some(node => node.type === 'thematicBreak')))
    return { notes: slide.notes, seconds: slide.seconds }
  const parts = spokenSentences(notes, share)
  return { notes: [...parts.map(part => paragraph(joinSentences(part))), { type: 'thematicBreak' }, ...slide.notes], seconds: spokenSeconds(parts) }
}

/** Fit `deck` to `minutes`; a deck whose notes already fit is kept whole (only timed). */
export function timeSlot(deck: Deck, minutes: number): TimedDeck {
  const target = minutes * 60
  const sentences = deck.slides.map(slide => trimmable(slide) ? noteSentences(slide.notes) : undefined)
  const whole = deck.slides.reduce((sum, slide) => sum + slide.seconds, 0)
  // Within 3% the whole article is the talk; above, it is trimmed to the slot itself.
  const over = whole > target * 1.03
  const moved = over ? movedSlides(deck, sentences, target) : new Set<number>()
  const share = over ? fittingShare(share => total(deck.slides, sentences, share, moved), target) : 1
  const words = labels[deck.lang]
  let start = 0
  const main: Slide[] = []
  const backup: Slide[] = []
  for (const [index, slide] of deck.slides.entries()) {
    if (moved.has(index)) {
      backup.push({ ...slide, backup: true, notes: [paragraph(words.backup), ...slide.notes] })
      continue
    }
    const spoken = spokenNotes(slide, sentences[index], share)
    main.push({ ...slide, notes: [paragraph(`⏱ ${clock(spoken.seconds)} · ${clock(start)}`), ...spoken.notes], seconds: spoken.seconds })
    start += spoken.seconds
  }
  const cover = main[0]!
  main[0] = { ...cover, notes: [cover.notes[0]!, paragraph(words.opening(deck.title, deck.chapters.length, Math.max(1, Math.round(start / 60))))] }
  return { deck: { ...deck, minutes: Math.max(1, Math.round(start / 60)), slides: [...main, ...backup] }, seconds: start, whole }
}
