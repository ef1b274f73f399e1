// Chart data as it travels from the generator to the Vue components.
// It is serialized into the slide's frontmatter (YAML data, never template text),
// and the components read it from `$frontmatter.chart`, so labels cannot inject.

/** Where a figure was found in the article, so a wrong chart can be traced. */
export interface ChartSource {
  /** 1-based line in the article. */
  line: number
  /** 1-based column in the article. */
  column: number
}

/** Fields every chart has. */
interface ChartBase {
  /** Heading drawn above the chart, if any. */
  title?: string
  /** Where in the article the chart's data starts. */
  source: ChartSource
  /** How the chart shares its slide: alone, beside a short text column, or under a few lines (the planner sets it). */
  shape?: ChartShape
  /**
   * Article line of each entry the chart draws (same order as its items or events; a growth
   * curve lists its claim, then its marks), so the planner can show the chart instead of those
   * list items and keep them in the notes. The planner drops it before writing the slide.
   */
  lines?: number[]
}

/** How a chart shares its slide: `full` alone, `side` right of a text column, `stack` under a few lines of text. */
export type ChartShape = 'full' | 'side' | 'stack'

/** One labelled figure (bar, stat card). */
export interface Figure {
  /** What the figure measures, as the article names it. */
  label: string
  /** Normalised value, e.g. 5.93e11 for "5930亿美元". */
  value: number
  /** The figure as the article writes it, e.g. "5930亿美元". */
  display: string
}

/** A figure of a further column of a grouped bar chart; `display` is empty where the table leaves the cell empty. */
export interface BarValue {
  /** Normalised value. */
  value: number
  /** The figure as the article writes it. */
  display: string
}

/** One bar, or one group of bars: the first column's figure, and the other columns' in `more`. */
export interface BarItem extends Figure {
  /** Figures of the chart's further `groups`, in their order (grouped bars only). */
  more?: BarValue[]
}

/** Horizontal bars comparing a few figures of one unit. */
export interface BarChart extends ChartBase {
  /** Chart type. */
  type: 'bar'
  /** Unit shared by all bars, e.g. "美元/月" or "B". */
  unit?: string
  /** The bars, in article order. */
  items: BarItem[]
  /** Column names of a grouped bar chart drawn from a table (the first names `display`, the others `more`); absent for one series. */
  groups?: string[]
}

/** Big-number cards. */
export interface StatChart extends ChartBase {
  /** Chart type. */
  type: 'stat'
  /** The cards, in article order. */
  items: Figure[]
}

/** One dated event on a timeline. */
export interface TimelineEvent {
  /** ISO date, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string
  /** The date as the article writes it, e.g. "8月4日". */
  display: string
  /** What happened. */
  label: string
  /** Who or what the event belongs to, when the article groups events (e.g. "通义千问"). */
  group?: string
}

/** Dated events along the year. */
export interface TimelineChart extends ChartBase {
  /** Chart type. */
  type: 'timeline'
  /** Events, sorted by date. */
  events: TimelineEvent[]
}

/** One entry of a ranking. */
export interface RankEntry {
  /** 1-based rank. */
  rank: number
  /** Name of the ranked thing. */
  label: string
  /** Short note, e.g. the lab behind a model. */
  note?: string
  /** Emphasised entry (e.g. one the text singles out). */
  highlight?: boolean
}

/** An ordered leaderboard. */
export interface RankingChart extends ChartBase {
  /** Chart type. */
  type: 'ranking'
  /** Entries, best first. */
  items: RankEntry[]
}

/** Exponential growth given by a doubling period. */
export interface GrowthChart extends ChartBase {
  /** Chart type. */
  type: 'growth'
  /** Doubling period in months, as the article states it. */
  doublingMonths: number
  /** How many months the curve spans. */
  months: number
  /** What grows, e.g. "任务时长". */
  label: string
  /** The claim as the article writes it. */
  display: string
  /** Durations the article gives (e.g. 30分钟 for 2024's best model, 5小时 for a human): the shortest starts the curve, longer ones are levels it climbs to. */
  marks?: GrowthMark[]
}

/** One duration the article gives for a growth curve. */
export interface GrowthMark {
  /** Who or what takes that long, e.g. "2024年最好的模型". */
  label: string
  /** The duration as the article writes it, e.g. "30分钟". */
  display: string
  /** The duration in minutes. */
  minutes: number
}

/** One term and its definition. */
export interface GlossaryEntry {
  /** The term. */
  term: string
  /** Gloss or translation shown beside the term, if any. */
  gloss?: string
  /** The definition. */
  definition: string
}

/** Term–definition cards. */
export interface GlossaryChart extends ChartBase {
  /** Chart type. */
  type: 'glossary'
  /** Entries, in article order. */
  items: GlossaryEntry[]
}

/** Any chart a slide can carry. */
export type Chart = BarChart | StatChart | TimelineChart | RankingChart | GrowthChart | GlossaryChart
