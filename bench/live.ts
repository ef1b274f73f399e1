// Row 4: edit-to-screen latency, measured by bench/live-latency.ts (owned by the live
// regeneration work). We only call it; when it is absent the row says so.
import type { Section } from './report.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './paths.ts'
import { duration, runList } from './report.ts'
import { median, worst } from './stats.ts'

const module = join(root, 'bench/live-latency.ts')

// Latencies in ms from what the function returns: an array, or an object holding one.
function samples(value: unknown): number[] | undefined {
  if (Array.isArray(value) && value.every(item => typeof item === 'number'))
    return value as number[]
  if (value && typeof value === 'object') {
    for (const key of ['samples', 'latencies', 'times', 'ms']) {
      const found = samples((value as Record<string, unknown>)[key])
      if (found)
        return found
    }
  }
  return undefined
}

function missing(why: string): Section {
  return {
    title: '4. Live update: edit to screen',
    rows: [{ task: 'live update, 20 edits', ours: 'missing', peer: '–', ratio: '–', target: '(report)', verdict: why }],
    commands: [],
    notes: [why],
  }
}

/** Measure row 4 with `edits` edits, through bench/live-latency.ts's exported function. */
export async function liveSection(edits: number): Promise<Section> {
  if (!existsSync(module))
    return missing('bench/live-latency.ts does not exist yet (live regeneration is not in the tree at the time of this run).')
  const exported = await import(module) as Record<string, unknown>
  const [name, run] = Object.entries(exported).find(([key, value]) => typeof value === 'function' && /latency|live|measure/iu.test(key)) ?? []
  if (typeof run !== 'function')
    return missing('bench/live-latency.ts exports no latency function.')
  const values = samples(await (run as (options: { edits: number }) => unknown)({ edits }))
  if (!values?.length)
    return missing(`bench/live-latency.ts's \`${name}\` returned no latencies in ms.`)
  return {
    title: '4. Live update: edit to screen',
    rows: [{ task: `live update, ${values.length} edits: median (worst)`, ours: `${duration(median(values))} (${duration(worst(values))})`, peer: '–', ratio: '–', target: '(report)', verdict: 'measured' }],
    commands: [`import('bench/live-latency.ts').${name}({ edits: ${edits} })`],
    notes: [`Latencies: ${runList(values)}`],
  }
}
