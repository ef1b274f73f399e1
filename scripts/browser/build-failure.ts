// A failed `slidev build` as one line: Vite's log is pages of frames and stack traces, but
// its first error names what went wrong and the slide module (`slides.md__slidev_<n>.md`) it was in.

/** What a failed build's log says went wrong. */
export interface BuildFailure {
  /** The first error, as one line (`[CODE] message`). */
  reason: string
  /** The slide it was in (1-based), when the log names one. */
  slide?: number
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[\d;]*m/g

/** The first error in `log` (a `slidev build` log) and the slide it names. */
export function buildFailure(log: string): BuildFailure {
  const lines = log.replace(ansi, '').split('\n').map(line => line.trim())
  const kinds = [/^\[[A-Z_]+\]/, /^\w*Error\b/, /\berror\b/i]
  const first = kinds.map(kind => lines.find(line => kind.test(line) && !line.startsWith('Build failed with'))).find(Boolean) ?? lines.findLast(Boolean) ?? 'no message'
  const slide = /__slidev_(\d+)\.md/.exec(first) ?? /__slidev_(\d+)\.md/.exec(lines.join('\n'))
  const reason = first.replace(/ in \S*__slidev_\d+\.md\S*$/, '').slice(0, 300)
  return { reason, slide: slide ? Number(slide[1]) : undefined }
}
