// No slide shows nothing but its title: a content slide whose visible content comes to
// nothing (only HTML the sanitizer drops, a style block, notes-only
// blocks) is left out, and its notes join the slide before it (or,
// at the start, the next one), so none of its words are lost.
import type { RootContent } from 'mdast'
import type { Slide } from '../model/deck.ts'
import { titleNodes, titleOf } from '../text/title-math.ts'

function visible(node: RootContent): boolean {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'inlineMath':
      return Boolean(node.value.trim())
    // A missing image shows its placeholder.
    case 'code':
    case 'math':
    case 'table':
    case 'image':
      return true
    case 'html':
      return false
    default:
      return 'children' in node && (node.children as RootContent[]).some(visible)
  }
}

/** Whether `slide` shows something besides its title. */
export function showsContent(slide: Slide): boolean {
  // A quote slide is judged like a content slide: an empty quote box says nothing either.
  return (slide.kind !== 'content' && slide.kind !== 'quote') || Boolean(slide.chart) || slide.body.some(visible)
}

function bold(title: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'strong', children: titleNodes(title) }] }
}

// The notes a left-out slide hands on: its heading first (a title from the article, not
// a label such as "Introduction"), unless its notes open with it; before that the title
// of its part when the part has no divider to show it.
function handedOn(slide: Slide, heading: string | undefined, part: string | undefined): RootContent[] {
  const opensWithTitle = slide.notes[0] && titleOf(slide.notes[0]).trim() === heading
  // A continuation (titled `… (cont.)`) has handed its heading on already.
  const notes = !heading || opensWithTitle || slide.title !== heading ? slide.notes : [bold(heading), ...slide.notes]
  return part && part !== heading ? [bold(part), ...notes] : notes
}

/** Collects slides, leaving out empty ones and moving their notes to a neighbour. */
export class SlideCollector {
  /** The slides kept, in order. */
  readonly slides: Slide[] = []
  /** Left-out slides that come before any kept one, with their notes to hand on. */
  private pending: { slide: Slide, notes: RootContent[] }[] = []

  /** Add `slide` (whose article heading is `heading`, and whose part's title `part` no slide shows, if any), or hand its notes on; true when it was kept. */
  add(slide: Slide, heading?: string, part?: string): boolean {
    const last = this.slides.at(-1)
    if (showsContent(slide)) {
      this.slides.push(this.take(slide))
      return true
    }
    const left = { slide, notes: handedOn(slide, heading, part) }
    if (last)
      this.give(last, [left], 'after')
    else
      this.pending.push(left)
    return false
  }

  /** `slide` (the closing one) with any notes still waiting for a slide. */
  take(slide: Slide): Slide {
    if (this.pending.length)
      this.give(slide, this.pending.splice(0), 'before')
    return slide
  }

  private give(target: Slide, from: { slide: Slide, notes: RootContent[] }[], where: 'before' | 'after'): void {
    const notes = from.flatMap(left => left.notes)
    target.notes = where === 'before' ? [...notes, ...target.notes] : [...target.notes, ...notes]
    target.seconds += from.reduce((sum, left) => sum + left.slide.seconds, 0)
  }
}
