// The whole pipeline, pure: article (and settings) in, Slidev Markdown and messages out.
// parse → prepare → outline → plan (points, paginate, charts) → stringify.
import type { Root } from 'mdast'
import type { Chart, Deck, Lang, Section } from './model.ts'
import type { ChartsContext } from './plan.ts'
import type { ImageUse } from './prepare.ts'
import type { DeckSettings } from './settings.ts'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { checkNumbering } from './check-numbering.ts'
import { frontMatter } from './front-matter.ts'
import { keyPoint } from './key-point.ts'
import { outline } from './outline.ts'
import { parse } from './parse.ts'
import { plainText } from './phrasing.ts'
import { plan } from './plan.ts'
import { prepare } from './prepare.ts'
import { noSettings, settings as readSettings } from './settings.ts'
import { stamp } from './stamp.ts'
import { stringify } from './stringify.ts'
import { isCjk } from './text-measure.ts'

/** What to generate from. */
export interface GenerateInput {
  /** The article; its `path` is how messages and the header name it. */
  article: VFile
  /** The deck settings file, if there is one. */
  settings?: VFile
  /** Folder of the article relative to the output file's folder (posix), for image URLs. */
  imageBase?: string
  /** The charts stage; none by default. */
  charts?: (section: Section, context: ChartsContext) => Chart[]
  /** Room share per section, from the fit stage (see PlanOptions.room). */
  room?: (section: Section) => number
  /** The parse stage; `parse()` by default, the watch loop passes a caching one (`parse-cached.ts`). */
  parse?: (file: VFile) => Root
}

/** What generation made; `markdown` is absent when a fatal message stopped it. */
export interface GenerateResult {
  /** The planned deck. */
  deck?: Deck
  /** Slidev Markdown for `slides.md`, stamped. */
  markdown?: string
  /** Local images the deck uses, for the caller to check. */
  images: ImageUse[]
  /** Files that carry messages (article, settings). */
  files: VFile[]
}

// The article's opening sentence makes a fitting subtitle when none is given.
function leadSentence(tree: Root): string | undefined {
  const first = tree.children.find(node => node.type === 'paragraph')
  const text = first && plainText(keyPoint(first.children, 36)).trim()
  return text || undefined
}

// The year an article is about: its date's, else the year it names most often.
function articleYear(text: string, date: string | undefined): number {
  const dated = date && /\b(19|20)\d{2}\b/.exec(date)
  if (dated)
    return Number(dated[0])
  const counts = new Map<string, number>()
  for (const [year] of text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g))
    counts.set(year, (counts.get(year) ?? 0) + 1)
  // Years are four digits: compared as strings, without a locale collator (slow to create).
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]
  return best ? Number(best[0]) : 2000
}

function fatal(files: VFile[]): boolean {
  return files.some(file => file.messages.some(message => message.fatal))
}

/** Run the pipeline on `input`. Never throws for problems in the article or settings. */
export function generate(input: GenerateInput): GenerateResult {
  const { article } = input
  const files = input.settings ? [article, input.settings] : [article]
  const deckSettings: DeckSettings | undefined = input.settings ? readSettings(input.settings) : noSettings
  const tree = (input.parse ?? parse)(article)
  const front = frontMatter(tree, article)
  if (!deckSettings || fatal(files))
    return { images: [], files }
  const images = prepare(tree, article, input.imageBase ?? '.')
  const structure = outline(tree, front)
  checkNumbering(structure, article)
  const text = toString(tree)
  const lang: Lang = deckSettings.lang ?? (isCjk(text.slice(0, 5000)) ? 'zh' : 'en')
  const headingTitle = structure.titleHeading && toString(structure.titleHeading).trim()
  const title = deckSettings.title ?? front.title ?? headingTitle ?? article.stem ?? 'talk'
  // A title heading that lost to a given title still shows, as the subtitle.
  const shownHeading = headingTitle && headingTitle !== title ? headingTitle : undefined
  const meta = {
    title,
    subtitle: deckSettings.subtitle ?? front.subtitle ?? shownHeading ?? leadSentence(tree),
    author: deckSettings.author ?? front.author,
    date: deckSettings.date ?? front.date,
    theme: deckSettings.theme ?? 'default',
    lang,
    exportFilename: 'talk',
  }
  const deck = plan(structure, { meta, settings: deckSettings, charts: input.charts ?? (() => []), room: input.room, year: articleYear(text, meta.date) })
  return { deck, markdown: stamp(stringify(deck, article.path || 'article')), images, files }
}

export { VFile }
