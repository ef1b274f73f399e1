// Short chapters without sections of their own share a slide, as short sections do
// (merge-sections.ts): an article that ends on "Drawbacks", "Alternatives" and "NA"
// chapters of a line each gets one slide for them, each title kept as its sub-heading.
import type { Section } from '../model/deck.ts'
import { width } from '../text/measure.ts'
import { plainTitle } from '../text/title-math.ts'
import { mergedSeconds, sectionSeconds, shortSeconds } from './merge-sections.ts'
import { visualTitleWidth } from './visual-title.ts'

/** What joining needs of a part of the deck. */
interface Joinable {
  /** The part's title (a chapter heading, a label, or the deck's title). */
  title: string
  /** Its sections; an undivided part has one, named like the part. */
  sections: Section[]
  /** Whether it has sections of its own (and so a divider). */
  divided: boolean
}

const seconds = (part: Joinable): number => part.sections.reduce((sum, section) => sum + sectionSeconds(section), 0)

// The joined titles if they fit two lines of the title, as a caption's may; else the first to the
// last ("1. 硬件环境 – 6. 环境准备"). Chapters with neither do not join: the first title alone would
// name the others' slides after it, and the agenda would lose them.
// A chapter with nothing under its heading (an RFC's last "## Unresolved questions") names nothing there.
function joinedTitle(group: Joinable[]): string | undefined {
  const said = group.filter(part => part.sections.some(section => section.blocks.length > 0))
  const named = said.length ? said : group
  const titles = named.map(part => part.title).join(' · ')
  const range = `${named[0]!.title} – ${named.at(-1)!.title}`
  return [titles, range].find(candidate => width(plainTitle(candidate)) <= visualTitleWidth)
}

function joined<P extends Joinable>(group: P[]): P {
  return { ...group[0]!, title: joinedTitle(group)!, sections: group.flatMap(part => part.sections) }
}

/** `parts` with runs of short undivided neighbours joined into one part, up to about a slide's time; `alone` parts (with settings of their own) are never joined. */
export function joinParts<P extends Joinable>(parts: P[], alone: (part: P) => boolean): P[] {
  const short = (part: P): boolean => !part.divided && !alone(part) && seconds(part) < shortSeconds
  const groups: P[][] = []
  let time = 0
  for (const part of parts) {
    const current = groups.at(-1)
    if (current && short(part) && current.every(short) && time + seconds(part) <= mergedSeconds && joinedTitle([...current, part])) {
      current.push(part)
      time += seconds(part)
    }
    else {
      groups.push([part])
      time = seconds(part)
    }
  }
  return groups.map(group => group.length === 1 ? group[0]! : joined(group))
}
