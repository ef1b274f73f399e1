// Boundary rules for mixed Chinese and English text: sentence ends and whether text is
// mostly CJK (where a clause may end is the language layer's, text/lang). Widths come
// from width.ts, the one width table.

/** Width of `text` in em: `textWidth` of width.ts, under the name the planner knows it by. */
export { textWidth as width } from './width.ts'

const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u
// Runs, not single characters: removing them takes off the same characters in far fewer steps.
const wideRuns = new RegExp(`${wide.source}+`, 'gu')
// ASCII marks end a sentence only before a space ("TL;DR" is one word); a full stop after a lone
// capital is an initial ("Eric S. Raymond"), not an end, nor is one after a Latin abbreviation that
// always goes on ("paths - i.e. if…", "e.g. Go", "cf. §2", "Rust vs. Go"; "etc." may end one).
// A fullwidth full stop ends a sentence too (OI-wiki writes "．"), unless a digit follows it.
const sentenceEnd = /[。！？；]|．(?!\d)|[!?;](?=\s|$)|(?<!(?:^|[\s(])(?:\p{Lu}|[eE]\.g|[iI]\.e|[cC]f|[vV]s|[vV]iz))\.(?=\s|$)/gu
const closers = /^[”’"'」』）)\]】*_]+/u

/** Characters `text` shows, whitespace left out (as `talkdown stats` counts them in the browser). */
export function visibleCharacters(text: string): number {
  return [...text.replace(/\s+/gu, '')].length
}

/** True when the text is mostly CJK. */
export function isCjk(text: string): boolean {
  const letters = text.replace(/[\s\d\p{P}]+/gu, '')
  // Counted by what removing them takes off (wide characters are one code unit each);
  // characters are code points, a surrogate pair is one.
  const count = letters.length - letters.replace(wideRuns, '').length
  const characters = letters.length - (letters.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0)
  return letters.length > 0 && count / characters > 0.3
}

// A straight quote after a full stop closes the sentence only when one is open in it;
// otherwise it opens the next sentence ("A." "B" vs "A."B).
function closerLength(text: string, start: number, after: number): number {
  const run = closers.exec(text.slice(after))?.[0] ?? ''
  let length = 0
  for (const char of run) {
    const straight = char === '"' || char === '\''
    if (straight && (text.slice(start, after + length).split(char).length - 1) % 2 === 0)
      break
    length += char.length
  }
  return length
}

const enumerator = /(?:^\s*|[:：]\s+)(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/iu

/** End offsets of the sentences in `text` (each end just past its closing mark and quotes). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = []
  for (const match of text.matchAll(sentenceEnd)) {
    const after = match.index + match[0].length
    // An enumerator run into the prose ("two ways: 1. mix storage… 2. separate storage…") starts the sentence after it.
    if (enumerator.test(text.slice(ends.at(-1) ?? 0, after)))
      continue
    ends.push(after + closerLength(text, ends.at(-1) ?? 0, after))
  }
  if (!ends.length || ends.at(-1)! < text.trimEnd().length)
    ends.push(text.length)
  return [...new Set(ends)]
}

/** Offset of the end of the first sentence. */
export function firstSentenceEnd(text: string): number {
  return sentenceEnds(text)[0] ?? text.length
}

/** Text with a trailing clause or sentence mark removed, for use as a bullet. */
export function trimTrailingMark(text: string): string {
  return text.replace(/[\s，,：:、；;。]+$/u, '')
}
