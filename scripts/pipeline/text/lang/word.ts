// The language layer's one vocabulary: words with a universal part of speech (after the
// Universal Dependencies tag set), so the rules about whole thoughts can be written once
// and each tagger (compromise, jieba, lindera) only says how its own tags map onto it.

/** Universal part of speech (UD), as the rules need it. */
export type Pos = 'noun' | 'propn' | 'pron' | 'verb' | 'aux' | 'adj' | 'adv' | 'det' | 'adp' | 'cconj' | 'sconj' | 'part' | 'num' | 'punct' | 'x'

/** One word of a text, with its offsets into that text and its tagger's own tags (for rules the UD tag is too coarse for). */
export interface Word {
  text: string
  start: number
  end: number
  pos: Pos
  /** The tagger's own tags: compromise's tag names, jieba's ICTCLAS tag, lindera's IPADIC fields. */
  tags: readonly string[]
}

/** A phrasing the planner counts against a sentence, and why. */
export interface Cue {
  /** Matched against the whole sentence. */
  pattern: RegExp
  /** Why a sentence with it says little by itself. */
  why: string
}

/** What a language knows about whole thoughts: its words, and whether a run of them can end or start a key point. */
export interface Language {
  /** The words of `text`, in order, punctuation and spaces left out. */
  words: (text: string) => Word[]
  /** Whether a key point cannot end after `words` (they want what follows). */
  opensOut: (words: readonly Word[], text: string) => boolean
  /** Whether a key point cannot start with `words` (it continues something before it). */
  opensIn: (words: readonly Word[]) => boolean
  /** Whether two adjacent words belong together beyond what the shared rules know (a subject and its auxiliary); a `headline` may end on a noun phrase before its verb. */
  joined?: (last: Word, next: Word, headline: boolean) => boolean
  /** Whether `before` is a subject whose predicate opens `after`, a clause mark between ("任何尝试过…的人，| 都体验过其中的权衡"). */
  heldSubject?: (before: readonly Word[], after: readonly Word[]) => boolean
  /** Whether `word` can carry a clause's predicate: a verb, and in Chinese and Japanese an adjective ("状态良好"). */
  predicate: (word: Word) => boolean
  /** The ending of a clause that only gives the reason for another ("…変わっていないからです"): cut from its sentence, the claim it explains is gone. */
  reasonEnd?: RegExp
  /** A line that credits a translation or its source ("原文：…", "翻訳 : …", "Translated by …"): the article's metadata, not its text. */
  credit: RegExp
  /** A letter's closing, alone or before the writer's name, its lines joined by spaces ("Cheers, Ryan", "此致 敬礼", "よろしくお願いします"): said, never shown. */
  signOff: RegExp
  /** The marks that end a clause inside a sentence, one character: where a key point may stop. */
  clauseMark: RegExp
  /** The marks a sentence quotes a name with ("“…”", "「…」"): a heading named in running text. */
  quotes: readonly [string, string]
  /** Whether `words` ask, though no question mark says so (a chart's slug "where-do-you-live", "你用什么工具"). */
  asks: (words: readonly Word[]) => boolean
  /**
   * How the words around a percentage say it changed: the text just `before` it and just `after` it each
   * have a pattern for a rise and one for a fall ("grew by | 33%", "33% | 増加", "减少了 | 13%").
   */
  change: { rise: { before: RegExp, after: RegExp }, fall: { before: RegExp, after: RegExp } }
  /** Phrasings that announce a point instead of making it ("This post covers…", "本文将介绍…", "本記事では…"). */
  announces: readonly Cue[]
  /** Openings that lean on the sentence before ("This means…", "这项技术…", "これにより…"): alone on a slide they point at nothing. */
  leansBack: readonly Cue[]
  /** Words by which a sentence points at what follows it ("the following", "如下", "以下の"): before a list, it introduces the list. */
  ahead: RegExp
  /** Words a sentence opens with that tie it to the text around it ("However", "值得注意的是", "しかし"): a key point goes without them. */
  leadIns: RegExp
  /** An opening adverbial that sets the scene ("As Rust grows, …", "In 2023, …"): a key point keeps the main clause after it. */
  frames?: RegExp
  /** Whether `words` only say when ("Each year", "北京时间", "去年"): no point, but a fair label for a period compared. */
  timeOnly: (words: readonly Word[]) => boolean
}
