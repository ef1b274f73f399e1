// The planner's budgets and weights in one place, each with a line that says why it is what it is:
// what a slide holds (room per layout), how long a key point may run, how a slide is filled and
// paced, and how sentences are scored. Rooms follow styles/index.css on the 980×552 canvas (868 px
// of column): change a size in the CSS and its room here together.
import type { ChartShape } from '../model/chart.ts'

// Room per slide layout.

/**
 * Images of one paragraph that stand side by side on a slide: two (a before and after). Three or more would each get a
 * third of its width or less, too small to read from a seat, so each gets its own (2-prepare/image-rows.ts).
 */
export const imagesPerRow = 2
/**
 * Widest image (width over height) that pairs with another on one slide. Side by side each gets half the 868 px column
 * at the picture height (300–340 px): an image up to about 1.45 times as wide as high loses nothing, one of 1.6 a tenth
 * of its size; a chart of 16:9 would lose a third, its own type already small. (sparse-pages.ts: pairImages.)
 */
export const pairAspect = 1.6
/** Room on a content slide, in bullet lines and bullets (980×552 canvas, default font). */
export const slideRoom = { lines: 9.5, bullets: 6 }
/** Width of one bullet line, in em (styles/index.css: 1.55rem on an 868px column). */
export const lineWidth = 31

/** Text room beside or above a chart, in lines of `lineWidth` em (0: the chart is alone). */
export const chartTextRoom: Record<ChartShape, { lineWidth: number, lines: number }> = {
  /** Chart alone under the title. */
  full: { lineWidth: 31, lines: 0 },
  /** Text column of 2/5 of the width (337 px) at 1.15rem, chart on the right (components/chart-size.ts: side). */
  side: { lineWidth: 18, lines: 12 },
  /** Under 4 lines at 1.4rem (129 px) above a chart 260 px high (components/chart-size.ts: stack). */
  stack: { lineWidth: 37, lines: 3.6 },
}

/** A slide of at most `bullets` points that fill at most `lines` lines of `lineWidth` em at the large type (`td-large`, 1.9rem: 27 em on 868 px, 44 px a line of the 403 px under the title) gets it. */
export const largeTextRoom = { lineWidth: 27, lines: 6, bullets: 4 }

/** A side text column that fits this room at 1.35rem (15 em a line, 13 lines of the 390 px) takes that size (`td-chart-roomy`). */
export const roomySideRoom = { lineWidth: 15, lines: 9 }

/** Visible characters a chart slide holds, its labels and the text beside it together (whitespace left out); text beyond it that is not the chart's own moves to a slide of its own. */
export const chartSlideCharacters = 150

/** Widest timeline event label, in em: a label is a phrase (the corpus's longest is 34 em; the injection test's, 46 em, wraps to three lines under its date), and a dated sentence longer than this (the Go keynote's 51 and 139 em, "…knee high by the fourth of July…") is a paragraph, no event. */
export const eventLabelWidth = 48

/** A slide of one short point is a statement (`td-statement`, 2.4rem centred: 22 em on 868 px) when the point fits these lines. */
export const statementRoom = { lineWidth: 22, lines: 3 }

// Key points (4-plan/3-points/).

/** Widest key point taken from a paragraph, in em: under two bullet lines of `lineWidth` (a quote's may run to twice it). */
export const keyPointBudget = 52
/**
 * A table column whose cells average more than this many em is prose (a description): a table's excerpt on a slide
 * leaves it to the notes while a column of names stays. Over two bullet lines of `lineWidth`: a cell that long wraps
 * many lines in its share of the table's width.
 */
export const proseColumn = 60
/**
 * Widest list item, in em, that only names the group of items under it ("+ TiDB", "+ Backup & Restore (BR)"): it heads
 * them as a lead and they are the points. About a short heading's width; TiDB's release notes had shown four bullets
 * "TiDB / TiKV / PD / Tools" and none of the changes under them.
 */
export const groupName = 24
/**
 * Sayings in a row that share a quote slide: at most three, together at most 160 em, about five lines of the quote
 * layout's 1.7rem type (32 em a line) with room for each block's padding. A survey's respondents read together, as a
 * presenter shows them; one slide each, the Go survey had 21 quote slides of one saying. Two of the longest (2 ×
 * `keyPointBudget` each) stay apart.
 */
export const quoteSlide = { quotes: 3, width: 160 }
/** Widest Chinese key point, in em, and longest English one, in words: one bullet line (31 em) that reads at a glance. */
export const pointBudget = { zh: 28, en: 10 }
/**
 * How far over `pointBudget.zh` a Chinese or Japanese sentence with no whole cut may be shown whole: a cut between
 * its words ends mid-phrase, and a Japanese sentence of katakana loanwords is wide for what it says ("React 18 には
 * サスペンスを使ったサーバサイドレンダリングのパフォーマンス改善が含まれています", 45.5 em; at 1.5 its slide showed
 * only a pointer to a video). 1.65 is two lines of a large-type slide.
 */
export const wholeSentence = 1.65
// A whole English clause may run to twelve words: cut to ten it would end mid-phrase.
export const clauseWords = 12

// Filling and pacing a slide (4-plan/3-points/select-points.ts, 4-plan/3-points/fill-slide.ts, 4-plan/).

/** Bullets a slide aims at, fewest and most. */
export const bulletAim = { fewest: 3, most: 5 }
/** A slide whose shown text is narrower than this (em) takes more points while it has room. */
export const fullEnough = 48
// Width in em of the shown text (whitespace left out, title aside) a slide aims at and stops
// before: the audience reads a few short points, the speaker says the rest. Counted in em, not
// characters: a Latin letter is about half a Chinese character wide and says less, and counted
// by characters an English slide had held one bullet and one line of code (React 19's "Actions"),
// three quarters of it empty. 75 em is three lines of Chinese or about 23 English words.
export const slideWidth = { aim: 75, most: 105 }
// How far over `most` a slide's first point may take it.
export const firstOver = 1.25
// A point that says nothing by itself ("2025年11月左右", "See #28491") or that opens by pointing
// back ("这引起了媒体极大关注": what did?) is shown only when nothing better is left.
export const weakPenalty = 2
/**
 * Seconds a slide takes for each picture, diagram, code excerpt, table or formula it shows that its notes do not
 * say: the room looks at it while the speaker points at what matters. Talk-timing guides budget one to three minutes
 * for a detailed figure, and a reader needs about 15 s to take in even a simple one, so 20 s is a floor, not a mean.
 */
export const lookSeconds = 20
/** Seconds of notes a slide aims at; a section with less stays on one slide. */
export const slideSeconds = 75
/** A joined slide says at most this many seconds: one up much longer than two of a section's slides (75 s each) loses the room. */
export const joinedSeconds = 150

// Scoring sentences: the weights of the scorer (4-plan/3-points/salience.ts). Each feature is scaled to
// about 0..1 so the weights compare. Tuned on the CNN Corpus dev half by coordinate ascent
// (`npx tsx bench/ranker-tune.ts`; figures in BENCHMARKS.md, 2026-12-04), except where a line
// says news cannot measure it. "Off" figures: sentence F1 / ROUGE-2 F1 on the dev half without it,
// against 36.6 / 40.9 with all (both at the tuned leansBack of -0.05).

/** How much each signal adds to a sentence's score. */
export const weights = {
  /** Mean cosine with the other sentences: what the text keeps returning to, long or short (off: 36.0 / 40.3). */
  central: 1,
  /** Cosine with the title: the title says what the text is about (off: 35.2 / 39.5). */
  title: 1,
  /** 1 for the first sentence, halved by the `positionScale`th: openings carry much of the point (off: 27.8 / 32.8). */
  early: 1.5,
  /** Sentences after which `early` has halved: the gist is spread over the first dozen, not the first one. */
  positionScale: 7.5,
  /** Opens its paragraph: a topic sentence (off: 35.6 / 40.1). */
  first: 0.55,
  /** Content words, up to `fullLength`: a short sentence says less (off: 35.2 / 39.3). */
  length: 0.9,
  /** Content words at which a sentence counts as full length. */
  fullLength: 20,
  /** Carries a figure: numbers are what a listener writes down (figures, dates and names off: 35.9 / 40.1). */
  figure: 0.3,
  /** Carries a date. */
  date: 0.1,
  /** Names (capitalised words past the first, Chinese names), up to three: who and what the text is about. */
  names: 0.3,
  /** Opens with a quotation mark: a voice reacting to the news, rarely the news (off: 35.8 / 40.1). */
  quoted: -0.3,
  /** Announces a point instead of making it (announcements.ts); below zero, so the planner leaves it in the notes. */
  announces: -10,
  /**
   * Opens with a pronoun or demonstrative: alone on a slide it points at nothing. News extracts are read
   * together, so the corpus hardly minds (-0.05 tuned); -0.3 costs 0.2 on each measure there.
   */
  leansBack: -0.3,
  /** The author's bold phrase: not in news, kept from the hand-set blend. */
  bold: 1.5,
  /** A list item: not in news, kept from the hand-set blend. */
  item: 0.5,
  /** MMR: what a sentence loses per unit of cosine with one ranked above it (off: 36.2 / 40.4). */
  redundancy: 0.7,
  /**
   * MMR on a slide (rank-picks.ts), lower: a slide shows 3–5 of a dozen sentences and its repeats are dropped
   * anyway, and a chart may draw the item a similar one would be held back for ("…5小时的工作" drawn, "GPT-5…数小时" shown).
   */
  slideRedundancy: 0.3,
}
