// The weights of the sentence scorer (salience.ts), in one place. Each feature is scaled to
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
