// `talkdown build`: article in, slides.md out (atomically, and never over hand edits).

import type { Deck, FitEntry, FitTable, GenerateInput, GenerateResult, VFile } from '../pipeline/index.ts'
import { existsSync } from 'node:fs'
import { dirname, join, parse as parsePath, relative, sep } from 'node:path'
import { generate, hasFatal, roomFromFit, stampState } from '../pipeline/index.ts'
import { fitPath, readFit } from './fit-file.ts'
import { imageOnDisk, imageSizeOnDisk } from './image-files.ts'
import { readText, textOrNone } from './read-text.ts'
import { report, say } from './report.ts'
import { writeAtomic } from './write-atomic.ts'

/** Options of `talkdown build`. */
export interface BuildOptions {
  /** The article. */
  article: string
  /** Where to write the Slidev Markdown. */
  output: string
  /** Deck settings file; defaults to `<article>.deck.yaml` beside the article. */
  settings?: string
  /** Overwrite an output that was edited by hand. */
  force: boolean
  /** Room shares to plan with; read from `<article>.fit.json` when absent. */
  fit?: FitTable
  /** Collects each planned section's title, text hash and room (for `talkdown check`). */
  seen?: FitEntry[]
  /** Minutes of the time slot to plan for (overrides the settings' `minutes`). */
  minutes?: number
  /** The parse stage, for the watch loop's cache; `parse()` when absent. */
  parse?: GenerateInput['parse']
  /** Work kept between the watch loop's runs (`remembered()`). */
  remember?: GenerateInput['remember']
  /** Reads the article and settings; `readText` when absent (the watch loops wait out a save's truncate). */
  read?: (path: string) => Promise<VFile>
}

/** What a build did. */
export interface BuildResult {
  /** False when an error stopped it. */
  ok: boolean
  /** What stopped it: an error in the article or its settings (printed with its position), or hand edits in the output. */
  stopped?: 'input' | 'edited'
  /** The deck, when generation succeeded. */
  deck?: Deck
  /** Whether the output file was written. */
  written: boolean
}

function settingsPath(options: BuildOptions): string | undefined {
  if (options.settings)
    return options.settings
  const { dir, name } = parsePath(options.article)
  const path = join(dir, `${name}.deck.yaml`)
  return existsSync(path) ? path : undefined
}

// Whether the output as it is on disk (`previous`, undefined when missing) may be replaced.
function guard(previous: string | undefined, force: boolean): 'ok' | 'edited' {
  if (previous === undefined || force)
    return 'ok'
  return stampState(previous) === 'generated' ? 'ok' : 'edited'
}

/** Read the article and settings and run the pipeline, without writing or printing anything. */
export async function generateFromDisk(options: BuildOptions): Promise<GenerateResult> {
  const read = options.read ?? readText
  const settings = settingsPath(options)
  const article = await read(options.article)
  const settingsFile = settings ? await read(settings) : undefined
  const files = settingsFile ? [article, settingsFile] : [article]
  if (hasFatal(files))
    return { images: [], files }
  const imageBase = relative(dirname(options.output), dirname(options.article)).split(sep).join('/') || '.'
  const fit = options.fit ?? await readFit(fitPath(options.article))
  const imageExists = imageOnDisk(dirname(options.output))
  const imageSize = imageSizeOnDisk(dirname(options.output))
  return generate({ article, settings: settingsFile, imageBase, imageExists, imageSize, room: roomFromFit(fit, options.seen), parse: options.parse, remember: options.remember, minutes: options.minutes })
}

// Slidev resolves a relative image against the slides' folder and a root-absolute one
// against that folder's `public/`: a file found there is what the build can bundle.
/** Generate `options.output` from `options.article`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const result = await generateFromDisk(options)
  if (report(result.files) || !result.markdown)
    return { ok: false, stopped: 'input', written: false }
  const previous = textOrNone(options.output)
  if (previous === result.markdown)
    return { ok: true, deck: result.deck, written: false }
  if (guard(previous, options.force) === 'edited') {
    say(`${options.output}: was edited since talkdown generated it; not overwritten. Move your edits into the article, or run again with --force to replace it.`)
    return { ok: false, stopped: 'edited', deck: result.deck, written: false }
  }
  await writeAtomic(options.output, result.markdown)
  return { ok: true, deck: result.deck, written: true }
}

/** A warning when the deck `output` has no talkdown project beside it: Slidev reads the charts (components/), setup and styles from the slides file's folder. */
export function outsideProject(output: string): string | undefined {
  const root = dirname(output)
  const inside = ['components/ChartView.vue', 'setup/main.ts', 'styles/index.css'].every(file => existsSync(join(root, file)))
  return inside ? undefined : `${output}: warning: no talkdown project beside it (components/, setup/, styles/); Slidev will build it without the charts, styles and fonts. Write the deck inside the project folder.`
}
