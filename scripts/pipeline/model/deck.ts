// The typed deck model: what the planner builds and what the serializer writes.
// Article content stays mdast all the way, so nothing is flattened to strings
// (and escaped wrongly) before the one place that serializes it.
import type { Heading, RootContent } from 'mdast'
import type { Position } from 'unist'
import type { Chart } from './chart.ts'

export type { Chart }

/** Language of the article; picks labels such as "(cont.)" and the speaking rate. */
export type Lang = 'zh' | 'en' | 'ja'

/** A whole talk, ready to serialize to Slidev Markdown. */
export interface Deck {
  /** Talk title: cover slide, browser tab and PDF metadata (a title: formulas as `$TeX$`, text escaped; text/title-math.ts). */
  title: string
  /** Line under the title on the cover, if any. */
  subtitle?: string
  /** Speaker's name, if known. */
  author?: string
  /** Date shown on the cover, as the article or settings give it. */
  date?: string
  /** Slidev theme package or name. */
  theme: string
  /** Language of the article. */
  lang: Lang
  /** File name, without extension, Slidev uses when exporting. */
  exportFilename: string
  /** Colour scheme of the slides; light when absent. */
  colorSchema?: 'light' | 'dark'
  /** Titles of the talk's parts (chapters, plus an introduction), as the agenda lists them. */
  chapters: string[]
  /** The slides, in talk order; backup slides (if any) follow the closing slide. */
  slides: Slide[]
  /** Planned length in whole minutes when the talk was fitted to a slot (`--minutes`); sets the presenter's countdown. */
  minutes?: number
}

/** Deck-wide facts known before planning: everything but the chapters and slides. */
export type DeckMeta = Omit<Deck, 'slides' | 'chapters' | 'minutes'>

/** What role a slide plays in the talk; decides its layout and how it is planned. */
export type SlideKind = 'cover' | 'agenda' | 'chapter' | 'content' | 'quote' | 'end'

/** One slide of the talk. */
export interface Slide {
  /** Role of the slide in the talk. */
  kind: SlideKind
  /** Heading shown on the slide (a title: formulas as `$TeX$`, text escaped; text/title-math.ts). */
  title: string
  /** Shown small above the title: the section's title, on a section's later slides titled by what they say. */
  kicker?: string
  /** Slidev layout name (`cover`, `section`, `quote`, `default` …). */
  layout: string
  /** Stable, unique route id from the heading slug, for `/#/<alias>` links and live reload. */
  routeAlias: string
  /** Slide body as mdast block content, shown on the canvas. */
  body: RootContent[]
  /** Speaker notes as mdast block content: all article prose this slide covers. */
  notes: RootContent[]
  /** Estimated speaking time for the notes, in seconds. */
  seconds: number
  /** Chart drawn on the slide, if any. */
  chart?: Chart
  /** Extra CSS class on the slide, e.g. to tighten a dense slide. */
  class?: string
  /** Where in the article this slide starts, for messages. */
  position?: Position
  /** Title of the section the slide comes from, so a slide that overflows in the browser maps back to it. */
  section?: string
  /** Moved after the closing slide to fit the time slot: kept for questions, not in the timed talk. */
  backup?: boolean
}

/** A run of article blocks under one heading: the unit the planner turns into slides. */
export interface Section {
  /** The heading that opens it; absent for text before any heading. */
  heading?: Heading
  /** Title (heading text with its formulas, text/title-math.ts, or a fallback such as the chapter title). */
  title: string
  /** Block content between this heading and the next one of the same or a higher level. */
  blocks: RootContent[]
  /**
   * Its title is its part's, given to merged sections whose own titles are too wide together: its first slide,
   * like its later ones, is titled by what it shows, under that title as a kicker (else several slides in a row
   * bore the part's title alone).
   */
  partTitled?: boolean
}

/** A top-level part of the article, shown as a divider and an agenda entry. */
export interface Chapter {
  /** The heading that opens it; absent when the article has no chapter headings. */
  heading?: Heading
  /** Title (heading text with its formulas, text/title-math.ts). */
  title: string
  /** Text between the chapter heading and its first section. */
  intro: RootContent[]
  /** The chapter's sections, in order. */
  sections: Section[]
}

/** The article's structure as the outline stage found it. */
export interface Outline {
  /** The article's own title heading, when it has one (`# Title` first, or equal to the front-matter title). */
  titleHeading?: Heading
  /** Heading depth used for chapters, or undefined when there are no headings. */
  chapterDepth?: number
  /** Heading depth used for sections inside chapters, if any. */
  sectionDepth?: number
  /** Content before the first chapter heading. */
  preamble: RootContent[]
  /** The chapters. */
  chapters: Chapter[]
}

/** Metadata read from the article's front matter. */
export interface FrontMatter {
  /** Title, if given. */
  title?: string
  /** Subtitle or description, if given. */
  subtitle?: string
  /** Author, if given. */
  author?: string
  /** Date, if given, as text. */
  date?: string
}

declare module 'mdast' {
  interface Data {
    /** Set by the prepare stage on blocks (footnotes) that belong in the speaker notes only. */
    talkdownNotesOnly?: boolean
    /** Set by the prepare stage on an image that was not found: slides show a placeholder. */
    talkdownMissing?: boolean
    /** Set with `talkdownMissing`: the image's URL as written (its placeholder names the file when there is no alt text). */
    talkdownMissingUrl?: string
    /** Set by the prepare stage on a local image whose file the edge could measure: its size in pixels. */
    talkdownSize?: { width: number, height: number }
    /** Set by the prepare stage on an HTML block of images only: the images it shows, as Markdown. */
    talkdownImages?: import('mdast').Image[]
    /** Set by the prepare stage on the text that marks a footnote reference (`[1]`): the notes say it, a slide does not. */
    talkdownFootnoteMark?: boolean
    /** Set by the prepare stage on a block quote that is an alert (`> [!NOTE]`), its marker taken out: an aside, not a saying. */
    talkdownAside?: boolean
    /** Set by the prepare stage on a heading with an explicit id (`{#id}`): its slide's route alias. */
    talkdownId?: string
  }
}
