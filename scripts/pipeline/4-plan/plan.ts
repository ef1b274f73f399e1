import type { DeckSettings } from '../1-parse/settings.ts'
// The outline to a typed deck: cover, agenda, a divider per chapter,
// content slides per section, closing slide.
import type { Chart, Deck, DeckMeta, Outline, Section } from '../model/deck.ts'
import type { RunMemo } from '../shared/run-memo.ts'
import type { ChartContext } from './2-charts/context.ts'
import type { PlannedSection } from './planned-slides.ts'
import GithubSlugger from 'github-slugger'
import { chapterSections } from '../3-outline/outline.ts'
import { labels } from '../text/labels.ts'
import { plainTitle, texPlain } from '../text/title-math.ts'
import { SlideCollector } from './empty-slides.ts'
import { agendaSlides, chapterSlide, coverSlide, endSlide } from './frame-slides.ts'
import { joinParts } from './join-parts.ts'
import { mergeSections } from './merge-sections.ts'
import { plannedSlides, sectionSettings } from './planned-slides.ts'

/** Deck-wide facts the planner takes as given. */
export interface PlanOptions {
  /** Title, subtitle, author, date, theme, language and export name. */
  meta: DeckMeta
  /** Author's deck settings (per-section overrides). */
  settings: DeckSettings
  /** Charts for a section (the charts stage), or none. */
  charts: (section: Section, context: ChartContext) => Chart[]
  /** The year the article is about, for dates written without one. */
  year: number
  /** Share of a slide's normal room a section may fill (1 by default); the fit stage lowers it for sections that overflowed in the browser. */
  room?: (section: Section) => number
  /** Sections' slides kept from the last run (the watch loop's), for the `charts` it always passes. */
  remember?: RunMemo<PlannedSection>
}

interface Part {
  title: string
  /** Explicit id of the part's heading (`{#id}`), for its divider's route alias. */
  id?: string
  sections: Section[]
  /** A part with sections of its own gets a divider slide. */
  divided: boolean
  /** Its title is a heading of the article (not a label or the deck's title). */
  headed: boolean
}

function parts(outline: Outline, meta: DeckMeta): Part[] {
  const intro: Section[] = outline.preamble.length ? [{ title: outline.chapters.length ? labels[meta.lang].introduction : meta.title, blocks: outline.preamble }] : []
  const chapters = outline.chapters.map(chapter => ({ title: chapter.title, id: chapter.heading?.data?.talkdownId, sections: chapterSections(chapter), divided: chapter.sections.length > 0, headed: true }))
  return intro.length ? [{ title: chapters.length ? intro[0]!.title : meta.title, sections: intro, divided: false, headed: false }, ...chapters] : chapters
}

function aliasMaker(): (title: string) => string {
  const slugger = new GithubSlugger()
  // Slidev reads an all-digit path as a slide number, so such slugs get a prefix.
  // A route is plain text: a formula as it reads, in letters and digits a slug keeps ("O(n⁴)" as "O(n4)": NFKC).
  return (title) => {
    const plain = plainTitle(title, tex => texPlain(tex).normalize('NFKC'))
    return slugger.slug(/^\d*$/.test(new GithubSlugger().slug(plain)) ? `s-${plain}` : plain)
  }
}

// Adds `part`'s slides to `collected`; true when any of them shows something.
function planPart(part: Part, withDividers: boolean, collected: SlideCollector, options: PlanOptions, alias: (title: string) => string): boolean {
  const { meta, settings } = options
  const sections = part.sections.filter(section => !sectionSettings(settings, section.title)?.skip)
  const merged = mergeSections(sections, part.title, section => Boolean(sectionSettings(settings, section.title)))
  let shown = false
  // A part whose sections all share one slide opens with that slide, titled as the part.
  const divided = withDividers && part.divided && merged.length > 1
  // Without a divider, a left-out first slide hands the part's title on, so it is not lost.
  let untitled: string | undefined = divided || !part.headed ? undefined : part.title
  if (divided)
    shown = collected.add(chapterSlide(meta, part.title, sections.filter(s => s.title !== part.title).map(s => s.title), title => alias(part.id ?? title)))
  for (const section of merged) {
    // One at a time: a long section has more slides than a call takes arguments.
    for (const slide of plannedSlides(section, options, alias)) {
      shown = collected.add(slide, section.heading && section.title, untitled) || shown
      untitled = undefined
    }
  }
  return shown
}

/** Plan the deck for `outline`. */
export function plan(outline: Outline, options: PlanOptions): Deck {
  const { meta, settings } = options
  options.remember?.turn()
  const alias = aliasMaker()
  alias('cover')
  const kept = joinParts(parts(outline, meta).filter(part => !sectionSettings(settings, part.title)?.skip), part => part.sections.some(section => Boolean(sectionSettings(settings, section.title))))
  const withDividers = kept.length > 1
  const collected = new SlideCollector()
  // A part whose every slide came to nothing is not in the agenda either.
  const shown = kept.filter(part => planPart(part, withDividers, collected, options, alias))
  const body = collected.slides
  const agenda = withDividers ? agendaSlides(meta, shown.map(part => part.title), alias) : []
  const end = collected.take(endSlide(meta, alias))
  const minutes = Math.max(1, Math.round([...agenda, ...body, end].reduce((sum, s) => sum + s.seconds, 0) / 60))
  return { ...meta, chapters: shown.map(part => part.title), slides: [coverSlide(meta, shown.length, minutes), ...agenda, ...body, end] }
}
