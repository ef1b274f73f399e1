// One result table for the terminal and for BENCHMARKS.md, plus the notes behind it.

/** One line of the result table. */
export interface Row {
  /** What was measured. */
  task: string
  /** Our figure (median), with unit. */
  ours: string
  /** The peer's figure (median), with unit, or a dash. */
  peer: string
  /** Ours over the peer, e.g. "6.1×", or a dash. */
  ratio: string
  /** The target from issue 7. */
  target: string
  /** Whether the target is met, and by how much it is missed. */
  verdict: string
}

/** What one benchmark section measured. */
export interface Section {
  /** Heading in BENCHMARKS.md. */
  title: string
  /** Rows for the table. */
  rows: Row[]
  /** Commands run, as shell lines. */
  commands: string[]
  /** Findings, caveats and raw run times. */
  notes: string[]
}

const columns: (keyof Row)[] = ['task', 'ours', 'peer', 'ratio', 'target', 'verdict']
const headings = ['task', 'talkdown (median)', 'peer (median)', 'ratio', 'target', 'verdict']

/** Seconds (or milliseconds below one second) with three significant figures. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms))
    return '–'
  return ms >= 1000 ? `${(ms / 1000).toPrecision(3)} s` : `${ms.toPrecision(3)} ms`
}

/** A ratio such as "1.42×". */
export function times(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–'
}

/** Run times, in order, for the notes. */
export function runList(values: number[]): string {
  return values.map(duration).join(', ')
}

// Display width: CJK and full-width characters take two columns in a terminal.
function width(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) ? 2 : 1), 0)
}

/** The table as aligned plain text for the terminal. */
export function textTable(rows: Row[]): string {
  const cells = [headings, ...rows.map(row => columns.map(column => row[column]))]
  const widths = headings.map((_, index) => Math.max(...cells.map(line => width(line[index] ?? ''))))
  const line = (values: string[]): string => values.map((value, index) => value + ' '.repeat(widths[index]! - width(value))).join('  ').trimEnd()
  return [line(cells[0]!), widths.map(size => '-'.repeat(size)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/** The table as Markdown. */
export function markdownTable(rows: Row[]): string {
  const escape = (value: string): string => value.replaceAll('|', '\\|')
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${columns.map(column => escape(row[column])).join(' | ')} |`),
  ].join('\n')
}
