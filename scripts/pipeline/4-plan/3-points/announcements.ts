// Sentences that announce a point instead of making it ("This post covers…", "本文将介绍…",
// "Claude 4的系统卡片包含了一些特别有趣的内容"): a slide should show what follows them. And
// sentences that lean on the one before ("This means…", "他们…"): alone on a slide they point
// at nothing. The phrasings are the language layer's (`announces`, `leansBack` of each language);
// salience.ts counts a match against the sentence.
import { cues } from '../../text/lang/index.ts'

function announcing(text: string): boolean {
  return cues.announcing.some(row => row.pattern.test(text))
}

// What must follow an announcing head's colon for the sentence to say something itself.
const restAfterColon = /^(?<head>[^：:]+)[：:]\s*(?<rest>\S.{4,})$/su

/**
 * Where the point starts when `text` opens with an announcing head and a colon ("…包含了一些
 * 特别有趣的内容：Claude Opus 4…"): the offset after the colon and its spaces; else undefined.
 */
export function announcingHead(text: string): number | undefined {
  const match = restAfterColon.exec(text)
  return match?.groups && announcing(match.groups.head!.trim()) ? text.length - match.groups.rest!.length : undefined
}

/** Whether `text` announces rather than says: one of `announcements` matches, and no point follows a colon. */
export function announces(text: string): boolean {
  const trimmed = text.trim()
  return announcing(trimmed) && announcingHead(trimmed) === undefined
}

/** Whether `text` opens by referring back to the sentence before. */
export function leansBack(text: string): boolean {
  const trimmed = text.trim()
  return cues.leaning.some(row => row.pattern.test(trimmed))
}
