import type { GrowthChart } from '../model/chart.ts'
// Growth curve for a doubling claim: "时长每7个月翻一番", "doubles every 7 months".
import type { ChartHandler } from './context.ts'
import { truncateText } from '../text/truncate.ts'

const ZH_NUMBERS = '零一二三四五六七八九十'
const CLAIMS = [
  /每\s?(?<n>\d+|[一二三四五六七八九十]+)\s?个?月(?:翻一番|翻倍|增加一倍|增长一倍)/,
  /doubl(?:es|ing|ed)\s+every\s+(?<n>\w+)\s+months?/i,
  /every\s+(?<n>\d+)\s+months?,?\s+\S+(?:\s\S+)?\s+doubles?/i,
]
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const SPAN_DOUBLINGS = 4

/** Months in "7", "七", "seven" (undefined when not a number). */
function months(n: string): number | undefined {
  const value = /^\d+$/.test(n) ? Number(n) : n.length === 1 && ZH_NUMBERS.includes(n) ? ZH_NUMBERS.indexOf(n) : EN_NUMBERS.indexOf(n.toLowerCase())
  return value > 0 ? value : undefined
}

/** What grows: the words before the claim, shortened around the last "的" ("完成任务的时长" → "任务的时长"). */
function subject(before: string): string {
  const clause = (before.split(/[，,。：:“"「]/).pop() ?? '').replace(/\s*(?:the|has|have|that)\s*$/i, '').trim()
  const zh = /([\u4E00-\u9FFF]{1,2}的[\u4E00-\u9FFF]{1,4})$/.exec(clause)?.[1]
  return truncateText(zh ?? clause.replace(/^(?:the|that)\s+/i, ''), 12)
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
      return { type: 'growth', doublingMonths: doubling, months: doubling * SPAN_DOUBLINGS, label, display: match[0], source: unit.source }
    }
  }
  return undefined
}
