// Short sections of one part share a slide: a talk spends about a minute on a slide,
// and a section of a paragraph or two says less. Each merged section keeps its heading
// as a sub-heading on the slide (and in the notes), so nothing of the outline is lost.
import type { RootContent } from 'mdast'
import type { Section } from '../model/deck.ts'
import { isDiagram } from '../inert/code-lang.ts'
import { width } from '../text/measure.ts'
import { speakingTime, spokenBlocks } from '../text/speaking-time.ts'
import { plainTitle } from '../text/title-math.ts'

/** A section with fewer seconds of notes than this looks for a neighbour to share its slide. */
export const shortSeconds = 55
/** Merged sections say at most this many seconds together. */
export const mergedSeconds = 100
/** A section with fewer seconds than this is too little for a slide of its own. */
export const tinySeconds = 20
/** Widest title made of the merged sections' titles, in em; wider ones use the part's title. */
export const titleWidth = 24

/** Seconds of notes `section` says (code, tables and markup are shown, not read). */
export function sectionSeconds(section: Section): number {
  return speakingTime(spokenBlocks(section.blocks))
}

// An image or a diagram fills most of a slide: its section keeps the slide to itself. An image
// kept for the notes only (a site tag's, with no address to show) fills nothing.
function hasVisual(section: Section): boolean {
  return section.blocks.some(block => (block.type === 'paragraph' && !block.data?.talkdownNotesOnly && block.children.some(child => child.type === 'image')) || (block.type === 'code' && isDiagram(block.lang)))
}

function groups(sections: Section[], alone: (section: Section) => boolean): Section[][] {
  const result: Section[][] = []
  let time = 0
  for (const section of sections) {
    const current = result.at(-1)
    const own = sectionSeconds(section)
    // A very short section (a sentence or two) joins a neighbour even past the usual total.
    const fits = time + own <= mergedSeconds || (Math.min(time, own) < tinySeconds && time + own <= mergedSeconds * 1.3)
    const joins = current && !alone(section) && !current.some(alone) && fits && (time < shortSeconds || own < shortSeconds)
    if (joins) {
      current.push(section)
      time += own
    }
    else {
      result.push([section])
      time = own
    }
  }
  return result
}

function merged(group: Section[], part: string, whole: boolean): Section {
  // A section with nothing under its heading ("## Unresolved questions" and the end of the RFC) names nothing on the slide.
  const said = group.filter(section => section.blocks.length > 0)
  const joined = (said.length ? said : group).map(section => section.title).join(' · ')
  const title = whole || width(plainTitle(joined)) > titleWidth ? part : joined
  const blocks: RootContent[] = group.flatMap(section => section.heading && section.title !== part ? [section.heading, ...section.blocks] : section.blocks)
  return { heading: group[0]!.heading, title, blocks, ...(!whole && title === part ? { partTitled: true } : {}) }
}

/** `sections` of the part titled `part`, short neighbours merged; `alone` sections (with settings of their own) are never merged. */
export function mergeSections(sections: Section[], part: string, alone: (section: Section) => boolean): Section[] {
  const found = groups(sections, section => alone(section) || hasVisual(section))
  return found.map(group => group.length === 1 ? group[0]! : merged(group, part, found.length === 1))
}
