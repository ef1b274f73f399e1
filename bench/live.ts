// Row 4: edit-to-screen latency of `talkdown dev` against Slidev's own HMR on a
// hand-edited slides.md, both measured in this run by bench/live-latency.ts.
import type { LiveLatency, LiveStages } from './live-latency.ts'
import type { Section } from './report.ts'
import { loadavg } from 'node:os'
import { measureLivePair } from './live-latency.ts'
import { measureReplan } from './live-replan.ts'
import { duration, runList, times } from './report.ts'

// Issue 15: at most 1.2× Slidev's HMR, and under 300 ms.
const most = 1.2
const limit = 300

function stages({ written, hmr, screen }: LiveStages): string {
  const part = (label: string, value: number | undefined): string[] => value === undefined ? [] : [`${label} ${duration(value)}`]
  return [...part('slides.md written', written), ...part('first HMR frame', hmr), ...part('on screen', screen)].join(', ')
}

function verdict(ratio: number, ours: number): string {
  const missed = [ratio > most ? `ratio missed by ${times(ratio / most)}` : '', ours >= limit ? `${duration(ours - limit)} over ${limit} ms` : ''].filter(Boolean)
  return missed.length ? missed.join('; ') : 'met'
}

const line = (result: LiveLatency): string => `${duration(result.median)} (worst ${duration(result.worst)})`

/** Measure row 4 with `edits` timed edits for each side. */
export async function liveSection(edits: number): Promise<Section> {
  const load = (): string => loadavg().map(value => value.toFixed(2)).join(' / ')
  const before = load()
  const { ours, slidev } = await measureLivePair({ edits })
  // The CPU our step adds, in this process at the same load: most of what `written` waits on.
  const replan = measureReplan()
  const ratio = ours.median / slidev.median
  return {
    title: '4. Live update: edit to screen',
    rows: [{ task: `live update, ${edits} edits: median (worst)`, ours: line(ours), peer: `Slidev HMR ${line(slidev)}`, ratio: times(ratio), target: `≤ ${most}× Slidev HMR, < ${limit} ms`, verdict: verdict(ratio, ours.median) }],
    commands: [`import('bench/live-latency.ts').measureLivePair({ edits: ${edits} })`],
    notes: [
      `Ours: \`talkdown dev\` on a copy of the seed, one word of section 1.1 changed in the article per edit; Slidev: \`slidev\` alone on the seed's generated slides.md, the same word changed in slides.md by hand. Both with Chromium on that slide, timed from the save to the new text on screen. Load average ${before} before, ${load()} after.`,
      `Median time from the save to each stage: ours ${stages(ours.stages)}; Slidev ${stages(slidev.stages)}.`,
      `Our regeneration alone after such an edit (warm, in this process): ${duration(replan.cached)} with what the watch loop keeps between runs (parse cache, planned sections, written slides), ${duration(replan.uncached)} from scratch, of which writing the Markdown ${duration(replan.stringify)} (medians of 20).`,
      `Ours: ${runList(ours.samples)}. Slidev: ${runList(slidev.samples)}.`,
    ],
  }
}
