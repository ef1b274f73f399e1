// Numbers with units, in Chinese and English prose, normalised to plain values:
// "5930亿美元" → 5.93e11 USD, "109B" → 1.09e11 params, "每月20美元" → 20 USD per month.

/** What a figure counts. `count` is a bare number with a multiplier ("1亿", "1.5 million"). */
export type FigureUnit = 'USD' | 'CNY' | 'params' | 'bytes' | 'percent' | 'count'

/** One figure found in a text. */
export interface FigureMatch {
  /** Normalised value, e.g. 5.5e6 for "550万美元". */
  value: number
  /** What the value counts. */
  unit: FigureUnit
  /** True for prices per month ("每月20美元", "$20 a month", "200美元/月"). */
  perMonth: boolean
  /** The figure exactly as the text writes it. */
  display: string
  /** Offset of `display` in the text. */
  index: number
}

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
}
const UNITS: Record<string, { unit: FigureUnit, scale: number }> = {
  'USD': { unit: 'USD', scale: 1 },
  'dollar': { unit: 'USD', scale: 1 },
  'dollars': { unit: 'USD', scale: 1 },
  '美元': { unit: 'USD', scale: 1 },
  '$': { unit: 'USD', scale: 1 },
  'US$': { unit: 'USD', scale: 1 },
  '元': { unit: 'CNY', scale: 1 },
  '人民币': { unit: 'CNY', scale: 1 },
  'B': { unit: 'params', scale: 1e9 },
  'MB': { unit: 'bytes', scale: 1e6 },
  'GB': { unit: 'bytes', scale: 1e9 },
  'TB': { unit: 'bytes', scale: 1e12 },
  '%': { unit: 'percent', scale: 1 },
  '％': { unit: 'percent', scale: 1 },
}
// The linter reads the unit alternatives as unreachable after a multiplier; they are
// reachable when no multiplier matched ("109B", "64GB"), which the tests cover.
// eslint-disable-next-line regexp/no-contradiction-with-assertion, regexp/prefer-character-class
const FIGURE = new RegExp([
  String.raw`(?<![\w.\-$])(?<cur>US\$|\$)?(?<num>\d+(?:,\d{3})*(?:\.\d+)?)`,
  String.raw`(?:\s?(?<mult>million|billion|trillion|thousand|bn|万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)(?![A-Za-z]))?`,
  String.raw`(?:\s?(?<word>美元|人民币|元|USD|dollars?)(?![A-Za-z])|(?<sym>GB|TB|MB|B|%|％)(?![A-Za-z]))?`,
  String.raw`(?<per>\s?\/\s?(?:月|month|mo)(?![A-Za-z])|\s(?:a|per) month)?`,
].join(''), 'g')
const MONTHLY_BEFORE = /(?:每月|每个月|月付|per month,?)\s?\S{0,2}\s?$/

/** Figure for one regex match, or undefined when the number has neither a unit nor a multiplier. */
function toFigure(match: RegExpExecArray, text: string): FigureMatch | undefined {
  const g = match.groups ?? {}
  const unitText = g.cur ?? g.word ?? g.sym
  if (!unitText && !g.mult)
    return undefined
  const unit = unitText ? UNITS[unitText] : undefined
  const base = Number((g.num ?? '').replace(/,/g, ''))
  const value = base * (g.mult ? MULTIPLIERS[g.mult] ?? 1 : 1) * (g.mult && unit?.unit === 'params' ? 1 : unit?.scale ?? 1)
  const perMonth = Boolean(g.per) || MONTHLY_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))
  return { value, unit: unit?.unit ?? 'count', perMonth, display: match[0].trim(), index: match.index }
}

/** All figures with a unit or multiplier in `text`, in text order. */
export function extractFigures(text: string): FigureMatch[] {
  const found: FigureMatch[] = []
  // Every figure has a digit; most text has none.
  if (!/\d/.test(text))
    return found
  for (const match of text.matchAll(FIGURE)) {
    const figure = toFigure(match, text)
    if (figure)
      found.push(figure)
  }
  return found
}

// Several chart heuristics read the figures of the same unit: found once per unit.
const unitFigures = new WeakMap<{ text: string }, FigureMatch[]>()

/** `extractFigures(unit.text)`, remembered for the unit (callers must not change the result). */
export function figuresOf(unit: { text: string }): FigureMatch[] {
  let figures = unitFigures.get(unit)
  if (!figures)
    unitFigures.set(unit, figures = extractFigures(unit.text))
  return figures
}
