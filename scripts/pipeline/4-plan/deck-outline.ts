// The deck's table of contents by slide: every chapter once and, under it, every section, each
// at its first slide. PDF bookmarks and PPTX sections are made from it. Short sections may
// share a slide titled as their chapter: that slide belongs to the chapter already open.
import type { Deck, Slide } from '../model/deck.ts'
import { plainTitle } from '../text/title-math.ts'

/** One bookmark: a title and the slide it opens. */
export interface OutlineEntry {
  /** Chapter or section title (plain text: a formula read as text). */
  title: string
  /** 0-based index of the slide it points at. */
  slide: number
  /** Sections of a chapter; empty for a section. */
  children: OutlineEntry[]
}

// Cover, agenda and closing are bookmarks of their own; a chapter divider opens a chapter.
function opens(slide: Slide, deck: Deck): 'top' | 'chapter' | 'section' {
  if (slide.kind === 'chapter')
    return 'chapter'
  if (slide.kind !== 'content' && slide.kind !== 'quote')
    return 'top'
  return deck.chapters.includes(slide.section ?? slide.title) ? 'chapter' : 'section'
}

/** The bookmarks of `deck`, in slide order. */
export function deckOutline(deck: Deck): OutlineEntry[] {
  const top: OutlineEntry[] = []
  let chapter: OutlineEntry | undefined
  let last: string | undefined
  const seen = new Set<string>()
  deck.slides.forEach((slide, index) => {
    const title = slide.kind === 'chapter' || slide.kind === 'cover' || slide.kind === 'agenda' || slide.kind === 'end' ? slide.title : slide.section ?? slide.title
    const role = opens(slide, deck)
    if (title === last)
      return
    last = title
    if (role === 'chapter' && seen.has(title))
      return
    if (role === 'section' && chapter) {
      chapter.children.push({ title: plainTitle(title), slide: index, children: [] })
      return
    }
    const entry = { title: plainTitle(title), slide: index, children: [] }
    top.push(entry)
    seen.add(title)
    chapter = role === 'top' ? undefined : entry
  })
  return top
}
