// Durations in Chinese and English prose ("30分钟", "5小时", "2 hours", "45 minutes"),
// normalised to minutes, with who or what the sentence says takes that long.

/** One duration found in a text. */
export interface DurationMatch {
  /** The duration in minutes. */
  minutes: number
  /** The duration exactly as the text writes it. */
  display: string
  /** Offset of `display` in the text. */
  index: number
}

const MINUTES: Record<string, number> = { 秒: 1 / 60, 秒钟: 1 / 60, 分钟: 1, 小时: 60, 个小时: 60, 天: 1440, second: 1 / 60, minute: 1, hour: 60, day: 1440 }
const DURATION = /(?<![\w.])(?<num>\d+(?:\.\d+)?)\s?(?<unit>秒钟?|分钟|个?小时|天|(?:second|minute|hour|day)s?\b)/gi
// What the subject does with the duration: the words from here on are not the subject.
const VERB = /\b(?:takes?|took|needs?|needed|can|could|would|will|completes?|completed|finish(?:es|ed)?|in|within)\b|完成|需要|只能|能够|可以|[能可在]|用了?|花费?|达到|长达/i
const CLAUSE = /[，,。．；;：:！？!?（）()“”"]/

/** All durations in `text`, in text order. */
export function extractDurations(text: string): DurationMatch[] {
  if (!/\d/.test(text))
    return []
  return [...text.matchAll(DURATION)].map((match) => {
    const unit = (match.groups?.unit ?? '').toLowerCase().replace(/s$/, '')
    return { minutes: Number(match.groups?.num) * (MINUTES[unit] ?? 1), display: match[0], index: match.index }
  })
}

/** Who or what takes `duration` in `text`: the clause before it up to its verb ("2024年最好的模型只能在30分钟内" → "2024年最好的模型"). */
export function durationSubject(text: string, duration: DurationMatch): string | undefined {
  const clause = (text.slice(0, duration.index).split(CLAUSE).pop() ?? '').trim()
  const verb = VERB.exec(clause)
  const subject = (verb ? clause.slice(0, verb.index) : clause).replace(/^(?:the|a|an)\s+/i, '').trim()
  return subject.length >= 2 ? subject : undefined
}
