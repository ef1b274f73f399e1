import type { GrowthChart, GrowthMark } from '../../model/chart.ts'
// Growth curve for a doubling claim ("时长每7个月翻一番", "doubles every 7 months"), with the
// durations the section gives ("2024年最好的模型只能在30分钟内完成", "人类…5小时") as its marks.
import type { ChartHandler } from './context.ts'
import type { Unit } from './extract/section-units.ts'
import { durationSubject, extractDurations } from './extract/durations.ts'

const ZH_NUMBERS = '零一二三四五六七八九十'
const CLAIMS = [
  /每\s?(?<n>\d+|[一二三四五六七八九十]+)\s?个?月(?:翻一番|翻倍|增加一倍|增长一倍)/,
  /doubl(?:es|ing|ed)\s+every\s+(?<n>\w+)\s+months?/i,
  /every\s+(?<n>\d+)\s+months?,?\s+\S+(?:\s\S+)?\s+doubles?/i,
]
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const SPAN_DOUBLINGS = 4
// The closing mark may sit in the next sentence unit: "认为："…翻一番。"" splits after "。".
const QUOTED = /["“「『]([^"”」』]+)/

/** Months in "7", "七", "seven" (undefined when not a number). */
function months(n: string): number | undefined {
  const value = /^\d+$/.test(n) ? Number(n) : n.length === 1 && ZH_NUMBERS.includes(n) ? ZH_NUMBERS.indexOf(n) : EN_NUMBERS.indexOf(n.toLowerCase())
  return value > 0 ? value : undefined
}

/** What grows: the words before the claim, shortened around the last "的" ("完成任务的时长" → "任务的时长"). */
function subject(before: string): string {
  const clause = (before.split(/[，,。：:“"「]/).pop() ?? '').replace(/\s*(?:the|has|have|that)\s*$/i, '').trim()
  const zh = /([\u4E00-\u9FFF]{1,2}的[\u4E00-\u9FFF]{1,4})$/.exec(clause)?.[1]
  return zh ?? clause.replace(/^(?:the|that)\s+/i, '')
}

/** One mark per unit that gives a duration and says who takes it, with the unit's line. */
function marks(units: Unit[]): Array<GrowthMark & { line: number }> {
  return units.flatMap((unit) => {
    const duration = extractDurations(unit.text)[0]
    const label = duration && durationSubject(unit.text, duration)
    return duration && label ? [{ label, display: duration.display, minutes: duration.minutes, line: unit.source.line }] : []
  })
}

/** Growth chart for the first doubling claim of the section. */
export const chartGrowth: ChartHandler = (units): GrowthChart | undefined => {
  for (const unit of units) {
    for (const claim of CLAIMS) {
      const match = claim.exec(unit.text)
      const doubling = match?.groups?.n ? months(match.groups.n) : undefined
      if (!match || !doubling)
        continue
      const label = subject(unit.text.slice(0, match.index)) || match[0]
      const found = marks(units)
      // The curve's span reaches the longest duration from the shortest, whole doublings, at least the default.
      const ratio = found.length > 1 ? Math.max(...found.map(m => m.minutes)) / Math.min(...found.map(m => m.minutes)) : 1
      const doublings = Math.max(SPAN_DOUBLINGS, Math.ceil(Math.log2(ratio)))
      const quoted = QUOTED.exec(unit.text)?.[1]
      const title = quoted?.includes(match[0]) ? quoted.replace(/[。.]$/, '') : undefined
      return {
        type: 'growth',
        ...(title ? { title } : {}),
        doublingMonths: doubling,
        months: doubling * doublings,
        label,
        display: match[0],
        ...(found.length ? { marks: found.map(({ line: _, ...mark }) => mark) } : {}),
        source: unit.source,
        lines: [unit.source.line, ...found.map(m => m.line)],
      }
    }
  }
  return undefined
}
