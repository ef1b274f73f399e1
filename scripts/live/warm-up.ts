// A fresh `talkdown dev` would run the presenter's first edits in V8's interpreter, with
// cold inline caches: the first regeneration after the talk opened took 81 ms against
// 12–20 ms later. So once the first build is written, the loop runs the edit path a few
// times on edits of its own, kept in memory and never written or reported: a word added
// to a line of prose, then the text as saved, through the loop's own caches (the last run
// is the saved text, so they are left as a real run of it would leave them).
import type { BuildOptions } from '../io/build.ts'
import { performance } from 'node:perf_hooks'
import { setImmediate as yieldNow } from 'node:timers/promises'
import { VFile } from 'vfile'
import { generateFromDisk } from '../io/build.ts'
import { readText } from '../io/read-text.ts'

/** How long the warm-up may take, and at most how many edits it makes. */
export interface WarmUpBudget {
  ms: number
  edits: number
}

// Past this size one regeneration takes long enough to warm the JIT by itself (a 1 MB
// article takes seconds a run), and a warm-up run would only delay a first save.
const largest = 256 * 1024

// A line of prose near the middle of `lines` (no heading, list, quote, table, HTML or code):
// an edit there replans one section, as a presenter's does.
function proseLine(lines: string[]): number | undefined {
  let fenced = false
  const prose: number[] = []
  lines.forEach((line, index) => {
    if (/^\s*(?:`{3,}|~{3,})/u.test(line))
      fenced = !fenced
    else if (!fenced && line.length >= 20 && /^\p{L}/u.test(line))
      prose.push(index)
  })
  return prose[Math.floor(prose.length / 2)]
}

/**
 * Run `options` (the loop's, with its caches) on edits of the article until `budget` is spent
 * or `stop()` says a real save came; resolves when done. Never throws: a warm-up is optional.
 */
export async function warmUp(options: BuildOptions, stop: () => boolean, budget: WarmUpBudget = { ms: 400, edits: 12 }): Promise<void> {
  try {
    const saved = await readText(options.article)
    const text = String(saved.value)
    if (text.length > largest)
      return
    const lines = text.split('\n')
    const line = proseLine(lines)
    if (line === undefined || saved.messages.length)
      return
    const run = (value: VFile['value']): Promise<unknown> => generateFromDisk({ ...options, read: async path => path === options.article ? new VFile({ path, value }) : readText(path) })
    const started = performance.now()
    for (let edit = 0; edit < budget.edits && performance.now() - started < budget.ms; edit++) {
      // Between runs, so a save arriving meanwhile is seen first and ends the warm-up.
      await yieldNow()
      if (stop())
        return
      await run(lines.with(line, `${lines[line]}${edit % 2 ? ' warm' : ' up'}`).join('\n'))
    }
    await yieldNow()
    if (!stop())
      await run(saved.value)
  }
  catch {}
}
