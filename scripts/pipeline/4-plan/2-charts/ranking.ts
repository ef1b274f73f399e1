import type { RankEntry, RankingChart } from '../../model/chart.ts'
// Ranking: a list of "**Name**: lab" items introduced as a ranking ("排名", "leaderboard"),
// plus an entry the text places after it ("OpenAI的gpt-oss-120B，仅位列第六" → 6th, highlighted).
import type { ChartHandler } from './context.ts'
import type { Unit } from './extract/section-units.ts'

const RANKING = /排名|排行|榜|名次|ranking|leaderboard|\btop\s?\d|\branked\b/i
const ZH_ORDINALS = '一二三四五六七八九十'
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
const ORDINAL = new RegExp(String.raw`第\s?([${ZH_ORDINALS}]|\d+)|\b(\d+)(?:st|nd|rd|th)\b|\b(${EN_ORDINALS.join('|')})\b`, 'i')
const NAME = /([A-Z][\w.+\-]*(?: [\w.+\-]+)*)/gi

/** Rank in "第六", "6th", "sixth" (undefined when none). */
function ordinal(text: string): { rank: number, index: number } | undefined {
  const m = ORDINAL.exec(text)
  if (!m)
    return undefined
  const [zh, num, word] = [m[1], m[2], m[3]]
  const rank = zh ? (/\d/.test(zh) ? Number(zh) : ZH_ORDINALS.indexOf(zh) + 1) : num ? Number(num) : EN_ORDINALS.indexOf((word ?? '').toLowerCase()) + 1
  return rank > 0 ? { rank, index: m.index } : undefined
}

/** The entry a sentence ranks ("OpenAI的gpt-oss-120B，仅位列第六"), with the owner as note. */
function trailingEntry(unit: Unit, after: number): RankEntry | undefined {
  const place = ordinal(unit.text)
  if (!place || place.rank <= after)
    return undefined
  const names = [...unit.text.slice(0, place.index).matchAll(NAME)].map(m => ({ name: m[1] ?? '', end: (m.index ?? 0) + m[0].length }))
  const last = names.at(-1)
  if (!last)
    return undefined
  const owner = /([A-Za-z][\w.\-]*)(?:的|'s)\s*$/.exec(unit.text.slice(0, last.end - last.name.length))?.[1]
  return { rank: place.rank, label: last.name, ...(owner ? { note: owner } : {}), highlight: true }
}

/** Ranking of the first list of bold-named items that follows a ranking cue. */
export const chartRanking: ChartHandler = (units): RankingChart | undefined => {
  const start = units.findIndex((u, i) => u.kind === 'item' && u.lead && RANKING.test(units[i - 1]?.text ?? ''))
  const first = units[start]
  if (!first)
    return undefined
  const listed = units.filter(u => u.list === first.list && u.lead)
  const items: RankEntry[] = listed.map((u, i) => ({ rank: i + 1, label: u.lead ?? '', ...(u.rest ? { note: u.rest } : {}) }))
  if (items.length < 3)
    return undefined
  const next = units.slice(start).find(u => u.list !== first.list)
  const extra = next?.kind === 'sentence' ? trailingEntry(next, items.length) : undefined
  const lines = listed.map(u => u.source.line)
  return { type: 'ranking', items: extra ? [...items, extra] : items, source: first.source, lines: extra && next ? [...lines, next.source.line] : lines }
}
