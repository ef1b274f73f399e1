// What the speaker says on a slide when the talk must be shorter than its notes: the notes'
// leading sentences, up to a share of their speaking time. The lead of each paragraph carries
// its point in this kind of writing (the key-point stage relies on the same), so the spoken
// part keeps every paragraph's opening and leaves the rest below the break.

import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { sentenceEnds } from '../../text/measure.ts'
import { exactSeconds, spokenBlocks } from '../../text/speaking-time.ts'

/** A slide's notes as sentences, each with its speaking time, paragraph by paragraph. */
export interface NoteSentences {
  /** Sentences per notes block (blocks without text are left out). */
  paragraphs: { text: string, seconds: number }[][]
  /** Speaking time of the whole notes. */
  seconds: number
}

/** The sentences of `notes`, with their speaking times. */
export function noteSentences(notes: RootContent[]): NoteSentences {
  const spoken = spokenBlocks(notes)
  const paragraphs = spoken.map(node => toString(node).replace(/\s+/gu, ' ').trim()).filter(Boolean).map((text) => {
    let start = 0
    return sentenceEnds(text).map((end) => {
      const sentence = text.slice(start, end).trim()
      start = end
      return { text: sentence, seconds: exactSeconds(sentence) }
    }).filter(sentence => sentence.text)
  })
  return { paragraphs, seconds: exactSeconds(spoken.map(node => toString(node)).join('\n')) }
}

/**
 * The sentences to say for `share` (0–1) of the notes' time: every paragraph's first
 * sentence first, then second sentences, and so on, until the share is reached; in
 * reading order. Always at least one sentence.
 */
export function spokenSentences(notes: NoteSentences, share: number): string[][] {
  const budget = notes.seconds * share
  const depth = Math.max(0, ...notes.paragraphs.map(paragraph => paragraph.length))
  const taken = notes.paragraphs.map(() => 0)
  let seconds = 0
  for (let round = 0; round < depth; round++) {
    for (const [index, paragraph] of notes.paragraphs.entries()) {
      const sentence = paragraph[round]
      if (!sentence || (seconds >= budget && seconds > 0))
        continue
      taken[index] = round + 1
      seconds += sentence.seconds
    }
  }
  return notes.paragraphs.map((paragraph, index) => paragraph.slice(0, taken[index]).map(sentence => sentence.text)).filter(part => part.length)
}

/** Sentences back into one paragraph: Chinese sentences run on, others take a space. */
export function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, sentence) => !text ? sentence : /[\x21-\x7E]$/u.test(text) ? `${text} ${sentence}` : `${text}${sentence}`, '')
}

/** Speaking time of `parts` (paragraphs of sentences), unrounded. */
export function spokenSeconds(parts: string[][]): number {
  return exactSeconds(parts.map(joinSentences).join('\n'))
}
