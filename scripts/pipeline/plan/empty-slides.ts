// No slide shows nothing but its title: a content slide whose visible content comes to
// nothing (only HTML the sanitizer drops, a style block, a missing image without alt
// text, notes-only blocks) is left out, and its notes join the slide before it (or,
// at the start, the next one), so none of its words are lost.
import type { RootContent } from 'mdast'
import type { Slide } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'

function visible(node: RootContent): boolean {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return Boolean(node.value.trim())
    case 'code':
    case 'table':
      return true
    case 'image':
      return !node.data?.talkdownMissing || Boolean(node.alt?.trim())
    case 'html':
      return false
    default:
      return 'children' in node && (node.children as RootContent[]).some(visible)
  }
}

/** Whether `slide` shows something besides its title. */
export function showsContent(slide: Slide): boolean {
  return slide.kind !== 'content' || Boolean(slide.chart) || slide.body.some(visible)
}

// The notes a left-out slide hands on: its title first, unless its notes open with it.
function handedOn(slide: Slide): RootContent[] {
  const opensWithTitle = slide.notes[0] && toString(slide.notes[0]).trim() === slide.title
  return opensWithTitle ? slide.notes : [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: slide.title }] }] }, ...slide.notes]
}

/** Collects slides, leaving out empty ones and moving their notes to a neighbour. */
export class SlideCollector {
  /** The slides kept, in order. */
  readonly slides: Slide[] = []
  /** Notes of left-out slides that come before any kept one. */
  private pending: Slide[] = []

  /** Add `slide`, or hand its notes on; true when it was kept. */
  add(slide: Slide): boolean {
    const last = this.slides.at(-1)
    if (showsContent(slide)) {
      this.slides.push(this.take(slide))
      return true
    }
    if (last)
      this.give(last, [slide], 'after')
    else
      this.pending.push(slide)
    return false
  }

  /** `slide` (the closing one) with any notes still waiting for a slide. */
  take(slide: Slide): Slide {
    if (this.pending.length)
      this.give(slide, this.pending.splice(0), 'before')
    return slide
  }

  private give(target: Slide, from: Slide[], where: 'before' | 'after'): void {
    const notes = from.flatMap(handedOn)
    target.notes = where === 'before' ? [...notes, ...target.notes] : [...target.notes, ...notes]
    target.seconds += from.reduce((sum, slide) => sum + slide.seconds, 0)
  }
}
