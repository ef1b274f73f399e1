// Child process for rows 2 and 5: one article size per process, so each size starts
// from the same heap and the 10 MB peak memory is this process's alone.
// argv: <bytes> <runs>; prints a JSON line (ScalingResult so far) after each step.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { charts } from '../scripts/pipeline/charts.ts'
import { generate, VFile } from '../scripts/pipeline/generate.ts'
import { seedArticle } from './paths.ts'
import { since } from './stats.ts'
import { syntheticArticle } from './synthetic.ts'

/** What the child reports for one size. */
export interface ScalingResult {
  bytes: number
  slides: number
  generate: number[]
  parse: number[]
  /** Peak RSS (MiB) after the warm-up, before the first timed generate(). */
  rssBeforeMiB: number
  /** Peak RSS (MiB) right after the first timed generate(), before any parse-alone run. */
  peakAfterGenerateMiB: number
}

const floor = unified().use(remarkParse).use(remarkGfm)
const gc = (): void => (globalThis as { gc?: () => void }).gc?.() // run with --expose-gc: no earlier garbage is billed to the next timing

function timedGenerate(text: string): { ms: number, slides: number } {
  gc()
  const start = process.hrtime.bigint()
  const result = generate({ article: new VFile({ path: 'synthetic.md', value: text }), charts })
  return { ms: since(start), slides: result.deck?.slides.length ?? 0 }
}

function timedParse(text: string): number {
  gc()
  const start = process.hrtime.bigint()
  floor.parse(text)
  return since(start)
}

const progress = (line: string): boolean => process.stderr.write(`bench:   ${line}\n`)
const mib = (): number => Math.round(process.resourceUsage().maxRSS / 1024)

// One JSON line after every step, so a parent that stops us at its time limit keeps what was measured.
function report(result: ScalingResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function measure(bytes: number, runs: number): void {
  const seed = readFileSync(seedArticle, 'utf8')
  timedGenerate(seed) // warm-up: compile the pipeline before timing, as a long-running server would have it
  timedParse(seed)
  const text = syntheticArticle(seed, bytes)
  const result: ScalingResult = { bytes: Buffer.byteLength(text), slides: 0, generate: [], parse: [], rssBeforeMiB: mib(), peakAfterGenerateMiB: 0 }
  report(result)
  for (let run = 0; run < runs; run++) {
    const generated = timedGenerate(text)
    progress(`${result.bytes} bytes: generate() ${(generated.ms / 1000).toFixed(1)} s`)
    result.generate.push(generated.ms)
    result.slides = generated.slides
    if (run === 0)
      result.peakAfterGenerateMiB = mib()
    report(result)
    result.parse.push(timedParse(text))
    progress(`${result.bytes} bytes: parse alone ${(result.parse.at(-1)! / 1000).toFixed(1)} s`)
    report(result)
  }
}

const [bytes = '10000', runs = '1'] = process.argv.slice(2)
measure(Number(bytes), Number(runs))
