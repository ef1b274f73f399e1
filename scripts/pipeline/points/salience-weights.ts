// The weights of the sentence scorer (salience.ts), in one place. Each feature is scaled to
// about 0..1 so the weights compare. Tuned on the CNN Corpus dev half (`npx tsx bench/ranker.ts`,
// BENCHMARKS.md), except where a line says news cannot measure it.

/** How much each signal adds to a sentence's score. */
export const weights = {
  /** Mean cosine with the section's other sentences: what it shares with the rest, long or short. */
  central: 1.0,
  /** Cosine with the title: the title says what the text is about. */
  title: 1.0,
  /** 1 for the first sentence, falling with `positionScale`: openings carry the point, not only they. */
  early: 1.0,
  /** Sentences after which `early` has halved. */
  positionScale: 3,
  /** Opens its paragraph: a topic sentence. */
  first: 0.3,
  /** Content words, up to `fullLength`: a clause-long sentence says less than a full one. */
  length: 0.5,
  /** Content words at which a sentence counts as full length. */
  fullLength: 15,
  /** Carries a figure: numbers are what a listener writes down. */
  figure: 0.3,
  /** Carries a date. */
  date: 0.1,
  /** Names (capitalised or Chinese-name words), up to three: who and what the text is about. */
  names: 0.3,
  /** Opens with a quotation mark: a voice reacting to the news, rarely the news. */
  quoted: -0.3,
  /** Announces a point instead of making it (announcements.ts); below zero, so the planner leaves it in the notes. */
  announces: -10,
  /** Opens with a pronoun or demonstrative (announcements.ts): alone on a slide it points at nothing. */
  leansBack: -0.3,
  /** The author's bold phrase: not in news, kept from the hand-set blend. */
  bold: 1.5,
  /** A list item: not in news, kept from the hand-set blend. */
  item: 0.5,
  /** MMR: how much a sentence loses for its cosine with a sentence already ranked above it. */
  redundancy: 0.5,
}
