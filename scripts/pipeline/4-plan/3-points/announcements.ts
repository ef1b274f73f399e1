// Sentences that announce a point instead of making it ("This post covers…", "本文将介绍…",
// "Claude 4的系统卡片包含了一些特别有趣的内容"): a slide should show what follows them. And
// sentences that lean on the one before ("This means…", "他们…"): alone on a slide they point
// at nothing. One row a phrasing, each with why; salience.ts counts a match against the sentence.

/** One announcing phrasing and why it says nothing itself. */
export interface Announcement {
  /** Matched against the whole sentence. */
  pattern: RegExp
  /** Why a sentence with it announces rather than says. */
  why: string
}

/** The phrasings, English then Chinese. */
export const announcements: readonly Announcement[] = [
  { pattern: /\bin this (?:blog )?(?:post|article|section|chapter|essay|piece|tutorial|guide|write-?up|talk)(?![\w-])/iu, why: 'points at the text itself, not at its subject' },
  { pattern: /^this (?:blog )?(?:post|article|section|chapter|essay|piece|tutorial|guide)(?![\w-])/iu, why: 'a sentence about the post, not about its subject' },
  { pattern: /\b(?:to|of|from|with|beyond|besides) this (?:blog )?(?:post|article|write-?up)(?![\w-])/iu, why: '"In addition to this blog post, we prepared…": about the post and its companions' },
  { pattern: /^(?:hello|hi|hey|greetings|welcome)(?: (?:all|everyone|everybody|folks|there))?\s*[,!.]/iu, why: 'a greeting opens the text and says nothing of it' },
  { pattern: /^(?:大家好|各位好|你好|hi，)/iu, why: 'a greeting opens the text and says nothing of it' },
  { pattern: /^this is (?:a|an|the|my) (?:[\w-]+ ){0,3}(?:blog )?(?:post|article|essay|write-?up|overview|introduction)(?![\w-])/iu, why: '"This is a long overdue blog post on…": the genre, not the point' },
  { pattern: /^(?:let'?s|let us) (?:now )?(?:look|take a look|dive|start|begin|see|explore|turn|move|walk|get started)(?![\w-])/iu, why: 'turns to the next part; the part itself follows' },
  { pattern: /^(?:in the (?:next|following) (?:section|part|chapter)s?|(?:below|next),? (?:I|we)(?:'ll| will)\b)/iu, why: 'points ahead; what it points at is the point' },
  { pattern: /^(?:I|we)(?:'ll| will| am going to| are going to) (?:now )?(?:cover|discuss|look at|explain|describe|walk (?:you )?through|go (?:over|through)|show|review|introduce)(?![\w-])/iu, why: 'a promise of content, not the content' },
  { pattern: /^here(?:'s| is| are) (?:a (?:quick |short |brief )?(?:look|overview|summary|rundown)|what (?:I|we|you)(?:'ll| will| need to) )/iu, why: 'introduces a list or a summary that follows' },
  { pattern: /^(?:本文|本篇|本节|本章|下文|本系列)/u, why: '"本文将…": about the article, not its subject' },
  { pattern: /^(?:下面|接下来|以下)(?:我们|我|就)?[将来会就再]?(?:介绍|讨论|看看|看一下|聊聊|谈谈|分析|说明|详细)/u, why: 'turns to the next part; the part itself follows' },
  { pattern: /包含了?(?:一些|很多|许多|大量|不少)[^，。；]{0,16}的内容/u, why: '"…包含了一些特别有趣的内容": says there is content, and the content follows' },
  { pattern: /(?:主要|将会?|我们将|我将)(?:介绍|讨论|探讨|分享|梳理)(?:以下|如下|下面)?(?:几个|一些|这些)?(?:方面|内容|问题|话题)/u, why: 'a promise of content, not the content' },
]

function announcing(text: string): boolean {
  return announcements.some(row => row.pattern.test(text))
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

/** Openings that refer back to the sentence before: a pronoun or demonstrative as the first word. */
export const leaningOpenings: readonly Announcement[] = [
  { pattern: /^["“]?(?:he|she|it|they|his|her|its|their)(?![-\w])(?!(?:'s| is| was) \w+ (?:to|that)\b)/iu, why: '"It also…", "They said…": whom or what it means is in the sentence before ("It is exciting to see…" is no such it)' },
  { pattern: /^["“]?(?:this|that|these|those) (?:is|was|are|were|means|meant|makes|made|has|had|will|would|can|could|may|might|also|shows|showed|led|leads|allows|gives|includes|helps|does|did|happens|happened)(?![-\w])/iu, why: '"This means…": a demonstrative standing alone points at the sentence before; "This edition…" names its thing' },
  { pattern: /^(?:这(?!\p{Script=Han}?年)|那|此(?![外前后时])|其(?![他中实次余])|他们|她们|它们|该(?!\p{Script=Han}?年)|他(?![人国])|[她它])/u, why: '"这项技术…", "他们…": whom or what it means is in the sentence before' },
]

/** Whether `text` opens by referring back to the sentence before. */
export function leansBack(text: string): boolean {
  const trimmed = text.trim()
  return leaningOpenings.some(row => row.pattern.test(trimmed))
}
