// The unit the planner packs onto slides: one bullet, sub-heading, quote or figure,
// with the article blocks it stands for (which become that slide's notes).
import type { BlockContent, List, ListItem, PhrasingContent, RootContent } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import type { Cues } from './salience.ts'

/** One sentence a bullet may show: its short key point and what the salience scorer reads. */
export interface Candidate {
  /** The key point, shortened (see short-point.ts). */
  shown: PhrasingContent[]
  /** The sentence and its cues. */
  cues: Cues
  /** Estimated height as a bullet, in bullet lines. */
  lines: number
}

/** `point` kept for its notes only: it shows nothing and takes no room. */
export function silence(point: Point): Point {
  return { ...point, kind: 'block', body: [], lines: 0, candidates: undefined }
}

/** One thing to show on a slide. */
export interface Point {
  /** `bullet` joins a list, `lead` is a bold sub-heading, `quote` takes its own slide, `block` is shown as is. */
  kind: 'bullet' | 'lead' | 'quote' | 'block'
  /** For bullets: the list item shown. */
  item?: ListItem
  /** For bullets: whether the source list is ordered. */
  ordered?: boolean
  /** For other kinds: the blocks shown. */
  body: BlockContent[]
  /** The article blocks this point stands for, shown in the notes. */
  notes: RootContent[]
  /** The source list, so consecutive items merge back into one list in the notes. */
  group?: List
  /** Estimated height on the slide, in bullet lines. */
  lines: number
  /** For bullets: the sentences it may show instead of `item`; the planner picks the most salient of a slide. */
  candidates?: Candidate[]
  /** For leads: the key point of a list item that heads the points of its paragraphs, as a sub-heading heads its section's. */
  subHeading?: boolean
}

/** Whether `point` heads the points after it until the next such lead: a sub-heading, or a described list item's key point. */
export function isSubHeading(point: Point): boolean {
  return point.kind === 'lead' && (point.notes[0]?.type === 'heading' || point.subHeading === true)
}

/** Point-making context shared by the handlers. */
export interface PointContext {
  /** Language of the article. */
  lang: Lang
  /** The block after the one being handled, if any. */
  next?: RootContent
  /** The block before it, HTML comments passed over, if any. */
  previous?: RootContent
  /** Draw diagram fences (mermaid, plantuml), as the deck settings allow. */
  diagrams?: boolean
  /** Identifiers the section's prose names as inline code: what a code excerpt looks for. */
  terms?: Set<string>
}
