// Fit a planned deck to a time slot (`--minutes N`): the speaker's notes are trimmed to
// their leading sentences, evenly across the talk, and when that is not enough the least
// salient sections move to backup slides after the closing slide. Nothing is lost: each
// slide's notes start with what to say, and the full text follows below a thematic break.

import type { BlockContent, RootContent } from 'mdast'
import type { Deck, Slide } from '../../model/deck.ts'
import type { NoteSentences } from './spoken-notes.ts'
import { toString } from 'mdast-util-to-string'
import { slideLooks } from '../4-place/chart-slide.ts'
import { labels } from '../../text/labels.ts'
import { exactSeconds } from '../../text/speaking-time.ts'
import { titleNodes } from '../../text/title-math.ts'
import { backupOrder, slotSections } from './backup-sections.ts'
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

/** What a slide's notes take to say: whole, and sentence by sentence for trimming. */
interface Timing {
  /** Seconds to say the whole notes (tables and code are read, not said, in content and quote slides). */
  full: number
  /** Seconds the room looks at what the slide shows (`lookSeconds` a visual); trimming notes keeps them. */
  looks: number
  /** The notes' sentences, for content and quote slides. */
  sentences?: NoteSentences
}

// Every main-flow slide's notes open with its time line, which counts as said (its digits are words).
const lineSeconds = exactSeconds('⏱ 0:00 · 0:00')

function timing(slide: Slide): Timing {
  if (!trimmable(slide))
    return { full: exactSeconds(slide.notes.map(node => toString(node)).join('\n')), looks: 0 }
  const sentences = noteSentences(slide.notes)
  return { full: sentences.seconds, looks: slideLooks(slide), sentences }
}

/** Seconds a slide takes when its notes are trimmed to `share`, its time line included. */
function cost(time: Timing, share: number): number {
  return lineSeconds + time.looks + (time.sentences && share < 1 ? spokenSeconds(spokenSentences(time.sentences, share)) : time.full)
}

/** Spoken seconds of the main flow for a notes share, without the slides in `moved`. */
function total(times: Timing[], share: number, moved: Set<number>): number {
  return times.reduce((sum, time, index) => moved.has(index) ? sum : sum + cost(time, share), 0)
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
function movedSlides(deck: Deck, times: Timing[], target: number): Set<number> {
  const order = backupOrder(slotSections(deck.slides))
  const best = order.slice(order.length - new Set(order.map(section => section.chapter)).size)
  const chapters = deck.slides.flatMap((slide, index) => slide.kind === 'chapter' ? [[index]] : [])
  const stages: [number, number[][]][] = [
    [moveBelow, order.slice(0, order.length - best.length).map(section => section.slides)],
    [shareFloor, [...chapters, ...best.map(section => section.slides.slice(1)), ...best.map(section => section.slides.slice(0, 1))]],
  ]
  const moved = new Set<number>()
  const taken: number[][] = []
  for (const [share, groups] of stages) {
    const seconds = times.map((time, index) => moved.has(index) ? 0 : cost(time, share))
    let left = seconds.reduce((sum, value) => sum + value, 0)
    for (const group of groups) {
      if (left <= target)
        break
      group.forEach(index => moved.add(index))
      taken.push(group)
      left -= group.reduce((sum, index) => sum + seconds[index]!, 0)
    }
  }
  // A large group moved last may have left room for smaller ones moved before it (a survey's sections
  // of pictures take their looks however short the notes): each comes back, latest first, while the
  // talk still fits with its notes at `moveBelow` of their time.
  for (const group of taken.reverse()) {
    group.forEach(index => moved.delete(index))
    if (total(times, moveBelow, moved) > target)
      group.forEach(index => moved.add(index))
  }
  return moved
}

function spokenNotes(slide: Slide, time: Timing, share: number): RootContent[] {
  if (!time.sentences || (share >= 1 && !slide.notes.some(node => node.type === 'thematicBreak')))
    return slide.notes
  const parts = spokenSentences(time.sentences, share)
  return [...parts.map(part => paragraph(joinSentences(part))), { type: 'thematicBreak' }, ...slide.notes]
}

/** Fit `deck` to `minutes`; a deck whose notes already fit is kept whole (only timed). */
export function timeSlot(deck: Deck, minutes: number): TimedDeck {
  const target = minutes * 60
  const times = deck.slides.map(timing)
  const whole = total(times, 1, new Set())
  // Within 3% the whole article is the talk; above, it is trimmed to the slot itself.
  const over = whole > target * 1.03
  const moved = over ? movedSlides(deck, times, target) : new Set<number>()
  const share = over ? fittingShare(share => total(times, share, moved), target) : 1
  const words = labels[deck.lang]
  let start = 0
  const main: Slide[] = []
  const backup: Slide[] = []
  for (const [index, slide] of deck.slides.entries()) {
    if (moved.has(index)) {
      backup.push({ ...slide, backup: true, notes: [paragraph(words.backup), ...slide.notes] })
      continue
    }
    const seconds = Math.round(cost(times[index]!, share))
    main.push({ ...slide, notes: [paragraph(`⏱ ${clock(seconds)} · ${clock(start)}`), ...spokenNotes(slide, times[index]!, share)], seconds })
    start += seconds
  }
  const cover = main[0]!
  main[0] = { ...cover, notes: [cover.notes[0]!, { type: 'paragraph', children: titleNodes(words.opening(deck.title, deck.chapters.length, Math.max(1, Math.round(start / 60)))) }] }
  return { deck: { ...deck, minutes: Math.max(1, Math.round(start / 60)), slides: [...main, ...backup] }, seconds: start, whole }
}
