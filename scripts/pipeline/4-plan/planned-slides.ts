// Planning the sections is most of a regeneration, and an edit changes one of them: the
// watch loop keeps each section's slides by what they are planned from. That is the
// section's blocks at their lines and columns (a chart's notes name its line), with
// offsets counted from the section's start: an edit keeps the sections after it unless
// it adds or removes lines. A kept section is given this run's route aliases (they depend
// on the slides before it), and its offsets are moved to where the section starts now
// (once: the moved slides are kept in its place, so the next run hands them out as they are).
import type { Position } from 'unist'
import type { DeckSettings } from '../1-parse/settings.ts'
import type { Section, Slide } from '../model/deck.ts'
import type { RunMemo } from '../shared/run-memo.ts'
import type { PlanOptions } from './plan.ts'
import { plainTitle, writtenTitle } from '../text/title-math.ts'
import { sectionSlides } from './section-slides.ts'

/** A section's slides as planned, without route aliases: what each slide's alias was made from, and the section's first offset then. */
export interface PlannedSection {
  /** The slides, `routeAlias` left empty. */
  slides: Slide[]
  /** The title each slide's alias is made from. */
  titles: string[]
  /** Offset of the section's first node when it was planned. */
  offset: number
  /** The section's own positions (the slides share them); positions planning made itself do not move. */
  placed: Set<Position>
}

const firstOffset = (section: Section): number => (section.heading ?? section.blocks[0])?.position?.start.offset ?? 0

// What `section`'s slides are planned from: its nodes at their places, and `settings` (all that applies to it).
// Nodes parsed on their own (table cells, HTML) count offsets from elsewhere: they too must be `base` apart.
function sectionKey(section: Section, settings: unknown[]): string {
  const base = firstOffset(section)
  // A string, not an array: one value for JSON to write instead of six (a position on every node).
  const place = ({ start, end }: Position): string => `${start.line}:${start.column}-${end.line}:${end.column}@${(start.offset ?? Number.NaN) - base}-${(end.offset ?? Number.NaN) - base}`
  return JSON.stringify([settings, section], (key, value: unknown) => key === 'position' && value ? place(value as Position) : value)
}

// A copy of `value` with the offsets of the `placed` positions moved by `by`; the moved positions are added to `into`.
function moved<T>(value: T, by: number, placed: Set<Position>, into: Set<Position>): T {
  if (Array.isArray(value))
    return value.map(item => moved(item as unknown, by, placed, into)) as T
  if (!value || typeof value !== 'object')
    return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key]
    copy[key] = key === 'position' && placed.has(inner as Position) ? movedPosition(inner as Position, by, into) : moved(inner, by, placed, into)
  }
  return copy as T
}

// Every position object in `value`.
function positions(value: unknown, into = new Set<Position>()): Set<Position> {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'position' && inner)
        into.add(inner as Position)
      else
        positions(inner, into)
    }
  }
  return into
}

function movedPosition(position: Position, by: number, into: Set<Position>): Position {
  const shift = (point: Position['start']): Position['start'] => ({ ...point, ...(point.offset === undefined ? {} : { offset: point.offset + by }) })
  const next = { start: shift(position.start), end: shift(position.end) }
  into.add(next)
  return next
}

// `kept` as planned at `offset`: moved once, then kept so, and later runs hand it out without moving it again.
function movedTo(kept: PlannedSection, offset: number): PlannedSection {
  const placed = new Set<Position>()
  const slides = kept.slides.map(slide => moved(slide, offset - kept.offset, kept.placed, placed))
  return { slides, titles: kept.titles, offset, placed }
}

function planned(section: Section, plan: (alias: (title: string) => string) => Slide[]): PlannedSection {
  const titles: string[] = []
  const slides = plan((title) => {
    titles.push(title)
    return ''
  })
  if (titles.length !== slides.length)
    throw new Error(`Cannot remember a section's slides, expected one route alias a slide (got ${titles.length} for ${slides.length})`)
  return { slides, titles, offset: firstOffset(section), placed: positions(section) }
}

// `plan(alias)` for `section`, or its slides kept in `memo` under `key` (moved to where the section starts now): copies, with aliases from `alias` in order.
function rememberedSlides(section: Section, key: string, memo: RunMemo<PlannedSection>, alias: (title: string) => string, plan: (alias: (title: string) => string) => Slide[]): Slide[] {
  const found = memo.find(key)
  const offset = firstOffset(section)
  const kept = !found ? memo.keep(key, planned(section, plan)) : found.offset === offset ? found : memo.keep(key, movedTo(found, offset))
  return kept.slides.map((slide, index) => ({ ...slide, routeAlias: alias(kept.titles[index]!) }))
}

/** The settings for the section titled `title`: they name it as the article writes its heading (`The $\mathcal{O}(n^4)$ algorithm`), or as it reads. */
export function sectionSettings(settings: DeckSettings, title: string): DeckSettings['sections'][string] | undefined {
  return settings.sections[writtenTitle(title)] ?? settings.sections[plainTitle(title)]
}

/** A section's slides (charts on the slides of the bullets they draw), kept between runs with `options.remember`. */
export function plannedSlides(section: Section, options: PlanOptions, alias: (title: string) => string): Slide[] {
  const { meta, settings } = options
  const override = sectionSettings(settings, section.title)
  const room = options.room?.(section) ?? 1
  const slides = (aliasOf: (title: string) => string): Slide[] => {
    const charts = override?.chart === false ? [] : options.charts(section, { lang: meta.lang, year: options.year })
    return sectionSlides(section, { lang: meta.lang, alias: aliasOf, layout: override?.layout, charts, diagrams: settings.diagrams, room })
  }
  if (!options.remember)
    return slides(alias)
  const key = sectionKey(section, [meta.lang, options.year, override?.layout, override?.chart === false, settings.diagrams, room])
  return rememberedSlides(section, key, options.remember, alias, slides)
}
