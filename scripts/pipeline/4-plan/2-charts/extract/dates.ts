// Dates in Chinese and English prose ("2024年9月", "8月4日", "May 2025", "Dec 16"), as ISO
// `YYYY-MM` / `YYYY-MM-DD`. A date without a year takes the nearest explicit year before it.

/** One date found in a text. */
export interface DateMatch {
  /** ISO date, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: string
  /** The date exactly as the text writes it. */
  display: string
  /** Offset of `display` in the text. */
  index: number
}

/** Dates found, and the year in force after the text (for the text that follows). */
export interface DateScan {
  dates: DateMatch[]
  year: number
}

interface Token { index: number, display: string, year?: number, month?: number, day?: number }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ZH_DATE = /(?<!\d)(?:(?<year>\d{4})\s?年\s?)?(?<month>\d{1,2})\s?月(?:\s?(?<day>\d{1,2})\s?[日号])?/g
const ZH_YEAR = /(?<![\d.])(?<year>(?:19|20)\d{2})(?=\s?年)/g
const EN_DATE = /\b(?<name>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?(?:\s(?<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s(?<year>\d{4})\b)?/g
const EN_YEAR = /(?<![\w.\-$])(?<year>(?:19|20)\d{2})\b(?![.,]\d)/g
const EN_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/
/** English month names that are also common words, accepted only with a day or a year. */
const AMBIGUOUS = new Set(['May', 'Mar', 'March', 'Jun', 'Jul', 'Jan', 'Dec', 'Oct', 'Aug', 'Sep'])

/** A regex match as a token, or undefined when it is not a plausible date. */
function toToken(match: RegExpExecArray): Token | undefined {
  const g = match.groups ?? {}
  const name = g.name
  const month = name ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 : g.month ? Number(g.month) : undefined
  if (name && !g.day && !g.year && AMBIGUOUS.has(name))
    return undefined
  const day = g.day ? Number(g.day) : undefined
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31)))
    return undefined
  return { index: match.index, display: match[0].trim(), year: g.year ? Number(g.year) : undefined, month, day }
}

/** All tokens of `text`, in order, overlapping ones dropped (longest kept). */
function tokens(text: string): Token[] {
  const all: Token[] = []
  // Each pattern needs a character of its own; most sentences lack some, and skipping saves a scan.
  const patterns = [text.includes('月') && ZH_DATE, EN_MONTH.test(text) && EN_DATE, text.includes('年') && ZH_YEAR, /\d/.test(text) && EN_YEAR]
  for (const regex of patterns.filter(pattern => pattern !== false)) {
    for (const match of text.matchAll(regex)) {
      const token = toToken(match)
      if (token)
        all.push(token)
    }
  }
  all.sort((a, b) => a.index - b.index || b.display.length - a.display.length)
  let end = -1
  return all.filter((t) => {
    const keep = t.index >= end
    end = Math.max(end, t.index + t.display.length)
    return keep
  })
}

/** Two-digit string. */
const pad = (n: number): string => String(n).padStart(2, '0')

/** Dates in `text`; `year` is used until the text names a year itself. */
export function extractDates(text: string, year: number): DateScan {
  const dates: DateMatch[] = []
  let current = year
  for (const token of tokens(text)) {
    current = token.year ?? current
    if (token.month === undefined)
      continue
    const iso = `${current}-${pad(token.month)}${token.day ? `-${pad(token.day)}` : ''}`
    dates.push({ iso, display: token.display, index: token.index })
  }
  return { dates, year: current }
}
