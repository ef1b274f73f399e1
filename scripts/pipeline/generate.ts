// The whole pipeline, pure: article (and settings) in, Slidev Markdown and messages out.
// parse → prepare → outline → plan (points, paginate, charts) → emit.

import type { Root } from 'mdast'
import type { DeckSettings } from './1-parse/settings.ts'
import type { ImageExists, ImageSize, ImageUse } from './2-prepare/rebase-images.ts'
import type { ChartContext } from './4-plan/2-charts/context.ts'
import type { PlannedSection } from './4-plan/planned-slides.ts'
import type { SlideMemo } from './5-emit/stringify.ts'
import type { Chart } from './model/chart.ts'
import type { Deck, Section } from './model/deck.ts'
import { VFile } from 'vfile'
import { frontMatter } from './1-parse/front-matter.ts'
import { parse } from './1-parse/parse.ts'
import { noSettings, settings as readSettings } from './1-parse/settings.ts'
import { prepare } from './2-prepare/prepare.ts'
import { checkNumbering } from './3-outline/check-numbering.ts'
import { outline } from './3-outline/outline.ts'
import { charts } from './4-plan/2-charts/charts.ts'
import { timeSlot } from './4-plan/5-slot/time-slot.ts'
import { deckMeta } from './4-plan/deck-meta.ts'
import { plan } from './4-plan/plan.ts'
import { stamp } from './5-emit/stamp.ts'
import { stringify } from './5-emit/stringify.ts'
import { hasFatal } from './shared/fatal.ts'
import { RunMemo } from './shared/run-memo.ts'

/** What to generate from. */
export interface GenerateInput {
  /** The article; its `path` is how messages and the header name it. */
  article: VFile
  /** The deck settings file, if there is one. */
  settings?: VFile
  /** Folder of the article relative to the output file's folder (posix), for image URLs. */
  imageBase?: string
  /** Whether a local image exists (URL as rewritten for the output file); all do when absent. The edge checks the disk. */
  imageExists?: ImageExists
  /** A local image's size in pixels (URL as rewritten); unknown when absent. The edge reads the file's header. */
  imageSize?: ImageSize
  /** The charts stage; `charts()` by default (pass `() => []` for a deck without charts). */
  charts?: (section: Section, context: ChartContext) => Chart[]
  /** Room share per section, from the fit stage (see PlanOptions.room). */
  room?: (section: Section) => number
  /** Minutes of the time slot to plan the talk for (overrides the settings' `minutes`); the whole article when absent. */
  minutes?: number
  /** The parse stage; `parse()` by default, the watch loop passes a caching one (`parse-cached.ts`). */
  parse?: (file: VFile) => Root
  /** What the watch loop keeps between runs (`remembered()`); nothing is kept when absent. */
  remember?: Remembered
}

/** Work kept from one regeneration to the next: each section's slides and each slide's text. */
export interface Remembered {
  /** Sections' slides, by what they are planned from. */
  sections: RunMemo<PlannedSection>
  /** Slides' Markdown, by what it is written from. */
  slides: SlideMemo
}

/** A fresh `Remembered`, for one watch loop (the default charts stage only). */
export function remembered(): Remembered {
  return { sections: new RunMemo(), slides: { texts: new RunMemo(), parts: new WeakMap() } }
}

/** What generation made; `markdown` is absent when a fatal message stopped it. */
export interface GenerateResult {
  /** The planned deck. */
  deck?: Deck
  /** Slidev Markdown for `slides.md`, stamped. */
  markdown?: string
  /** Local images the deck uses, and whether each was found. */
  images: ImageUse[]
  /** Files that carry messages (article, settings). */
  files: VFile[]
}

// A slot longer than the article is no error: the whole article is planned, and the author told.
function timed(deck: Deck, minutes: number, article: VFile): Deck {
  const fitted = timeSlot(deck, minutes)
  if (fitted.whole < minutes * 60 * 0.9)
    article.message(`The article holds about ${Math.round(fitted.whole / 60)} min of text, less than the ${minutes} min asked for: the whole of it is planned`, { ruleId: 'minutes', source: 'talkdown' })
  return fitted.deck
}

/** Run the pipeline on `input`. Never throws for problems in the article or settings. */
export function generate(input: GenerateInput): GenerateResult {
  const { article } = input
  const files = input.settings ? [article, input.settings] : [article]
  const deckSettings: DeckSettings | undefined = input.settings ? readSettings(input.settings) : noSettings
  const tree = (input.parse ?? parse)(article)
  const front = frontMatter(tree, article)
  if (!deckSettings || hasFatal(files))
    return { images: [], files }
  const images = prepare(tree, article, input.imageBase ?? '.', input.imageExists, input.imageSize)
  const structure = outline(tree, front)
  checkNumbering(structure, article)
  const { meta, year } = deckMeta(tree, structure, front, deckSettings, article.stem)
  const planned = plan(structure, { meta, settings: deckSettings, charts: input.charts ?? charts, room: input.room, year, remember: input.remember?.sections })
  const minutes = input.minutes ?? deckSettings.minutes
  const deck = minutes ? timed(planned, minutes, article) : planned
  return { deck, markdown: stamp(stringify(deck, article.path || 'article', input.remember?.slides)), images, files }
}

export { VFile }
