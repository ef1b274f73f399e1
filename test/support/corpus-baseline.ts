// The corpus baseline (test/fixtures/real/stats.json): the `talkdown stats` figures of the
// seed and every real fixture, so a planner change is judged on the whole corpus. The e2e
// that builds every fixture deck (decks.e2e.ts) measures them and fails when one gets worse.
import type { TalkStats } from '../../scripts/cli/stats-summary.ts'

/** One deck's figures, as the baseline keeps them. */
export interface CorpusFigures {
  /** Content slides (for reading the shares; not judged). */
  contentSlides: number
  /** Key points that stop mid-clause. */
  fragments: number
  /** Share of content slides titled "(cont.)". */
  continued: number
  /** Share of content slides showing one short point and nothing else. */
  sparse: number
  /** Content and quote slides showing nothing but their title. */
  empty: number
  /** Smallest type, px on the 980 px canvas. */
  minPx: number
  /** Share of visible characters under 18 px. */
  under18: number
  /** Share of visible characters under 14 px. */
  under14: number
  /** Blocks showing raw TeX. */
  tex: number
  /** Blocks showing site-generator template tags. */
  templates: number
  /** Blocks showing MDX import/export lines. */
  mdx: number
  /** Lines showing diagram source. */
  diagrams: number
  /** Chart entries whose label names nothing. */
  badLabels: number
  /** Median seconds a content slide stays up. */
  secondsPerSlide: number
  /** Characters shown over characters said, on content slides. */
  shownSaid: number
  /** Pieces cut with "…". */
  cut: number
  /** Chart slides repeating a neighbour. */
  repeatedCharts: number
  /** Slides with something that overflows. */
  overflow: number
}

/** The baseline file: figures by deck name (the fixture's folder, e.g. `real/en-react-19-release`). */
export type CorpusBaseline = Record<string, CorpusFigures>

/** The figures of `stats` the baseline keeps. */
export function corpusFigures(stats: TalkStats): CorpusFigures {
  return {
    contentSlides: stats.contentSlides,
    fragments: stats.fragments.length,
    continued: stats.continued.share,
    sparse: stats.sparse.share,
    empty: stats.empty.length,
    minPx: stats.type.minPx,
    under18: stats.type.under18,
    under14: stats.type.under14,
    tex: stats.source.tex.length,
    templates: stats.source.templates.length,
    mdx: stats.source.mdx.length,
    diagrams: stats.source.diagrams.length,
    badLabels: stats.badLabels.length,
    secondsPerSlide: stats.secondsPerSlide,
    shownSaid: stats.shownSaid,
    cut: stats.cut.length,
    repeatedCharts: stats.repeatedCharts.length,
    overflow: stats.overflow.length,
  }
}

// Which way is worse for each judged figure. The talk's pace and density are judged only past
// issue 24's goals (45 s a slide, shown/said 0.40): within them, a planner may trade one for
// another (more slides with titles of their own are shorter ones).
const judged: Record<Exclude<keyof CorpusFigures, 'contentSlides'>, (before: number, now: number) => boolean> = {
  fragments: (before, now) => now > before,
  continued: (before, now) => now > before,
  sparse: (before, now) => now > before,
  empty: (before, now) => now > before,
  minPx: (before, now) => now < before,
  under18: (before, now) => now > before,
  under14: (before, now) => now > before,
  tex: (before, now) => now > before,
  templates: (before, now) => now > before,
  mdx: (before, now) => now > before,
  diagrams: (before, now) => now > before,
  badLabels: (before, now) => now > before,
  secondsPerSlide: (before, now) => now < before && now < 45,
  shownSaid: (before, now) => now > before && now > 0.4,
  cut: (before, now) => now > before,
  repeatedCharts: (before, now) => now > before,
  overflow: (before, now) => now > before,
}

/** Every way `now` is worse than `baseline`, one line each; a deck missing on either side is a line too. */
export function worseThan(baseline: CorpusBaseline, now: CorpusBaseline): string[] {
  const lines: string[] = []
  for (const name of Object.keys(baseline).filter(name => !(name in now)))
    lines.push(`${name}: in the baseline but not measured`)
  for (const [name, figures] of Object.entries(now)) {
    const before = baseline[name]
    if (!before) {
      lines.push(`${name}: no baseline (UPDATE=1 npx vitest run -c vitest.e2e.config.ts test/e2e/decks.e2e.ts)`)
      continue
    }
    for (const [figure, worse] of Object.entries(judged) as Array<[keyof typeof judged, (before: number, now: number) => boolean]>) {
      if (worse(before[figure], figures[figure]))
        lines.push(`${name}: ${figure} ${before[figure]} → ${figures[figure]}`)
    }
  }
  return lines
}
