// Child process for rows 2 and 5: one article size per process, so each size starts
// from the same heap and the 10 MB peak memory is this process's alone.
// argv: <bytes> <runs>; prints a JSON line (ScalingResult so far) after each step.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { generate, VFile } from '../scripts/pipeline/index.ts'
import { seedArticle } from './paths.ts'
import { since } from './stats.ts'
import { syntheticArticle } from './synthetic.ts'

/** What the child reports for one size. */
export interface ScalingResult {
  bytes: number
  slides: number
  generate: number[]
  parse: number[]
  /** CPU time (user + system, ms) of the same runs: on a shared machine it moves less than wall time. */
  generateCpu?: number[]
  parseCpu?: number[]
  /** Peak RSS (MiB) after the warm-up, before the first timed generate(). */
  rssBeforeMiB: number
  /** Peak RSS (MiB) right after the first timed generate(), before any parse-alone run. */
  peakAfterGenerateMiB: number
  /** When this line was written (ms since the child started): a parse that does not finish began then. */
  reportedAtMs?: number
}

const floor = unified().use(remarkParse).use(remarkGfm)
const gc = (): void => (globalThis as { gc?: () => void }).gc?.() // run with --expose-gc: no earlier garbage is billed to the next timing

function cpu(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

function timedGenerate(text: string): { ms: number, cpu: number, slides: number } {
  gc()
  const [start, startCpu] = [process.hrtime.bigint(), cpu()]
  const result = generate({ article: new VFile({ path: 'synthetic.md', value: text }) })
  return { ms: since(start), cpu: cpu() - startCpu, slides: result.deck?.slides.length ?? 0 }
}

function timedParse(text: string): { ms: number, cpu: number } {
  gc()
  const [start, startCpu] = [process.hrtime.bigint(), cpu()]
  floor.parse(text)
  return { ms: since(start), cpu: cpu() - startCpu }
}

const progress = (line: string): boolean => process.stderr.write(`bench:   ${line}\n`)
const mib = (): number => Math.round(process.resourceUsage().maxRSS / 1024)

// One JSON line after every step, so a parent that stops us at its time limit keeps what was measured.
function report(result: ScalingResult): void {
  result.reportedAtMs = Math.round(performance.now())
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function measure(bytes: number, runs: number): void {
  const seed = readFileSync(seedArticle, 'utf8')
  timedGenerate(seed) // warm-up: compile the pipeline before timing, as a long-running server would have it
  timedParse(seed)
  const text = syntheticArticle(seed, bytes)
  const result: ScalingResult = { bytes: Buffer.byteLength(text), slides: 0, generate: [], parse: [], generateCpu: [], parseCpu: [], rssBeforeMiB: mib(), peakAfterGenerateMiB: 0 }
  report(result)
  for (let run = 0; run < runs; run++) {
    const generated = timedGenerate(text)
    progress(`${result.bytes} bytes: generate() ${(generated.ms / 1000).toFixed(1)} s`)
    result.generate.push(generated.ms)
    result.generateCpu!.push(generated.cpu)
    result.slides = generated.slides
    if (run === 0)
      result.peakAfterGenerateMiB = mib()
    report(result)
    const parsed = timedParse(text)
    result.parse.push(parsed.ms)
    result.parseCpu!.push(parsed.cpu)
    progress(`${result.bytes} bytes: parse alone ${(result.parse.at(-1)! / 1000).toFixed(1)} s`)
    report(result)
  }
}

const [bytes = '10000', runs = '1'] = process.argv.slice(2)
measure(Number(bytes), Number(runs))
