// A slide that shows an image, table, code or formula is titled by what it shows: the
// figure's caption ("图 1.2 GitHub 与 Gitee 活跃仓库事件数", "Figure 3: …") or the image's
// alt text when that says something, or the sub-heading it stands under; else the sentence
// that introduces it ("…as follows:").
import type { Image, Nodes, RootContent } from 'mdast'
import type { Lang } from '../model/deck.ts'
import type { Page } from './3-points/page.ts'
import type { Point } from './3-points/point.ts'
import { visit } from 'unist-util-visit'
import { asks, isFragment } from '../text/lang/index.ts'
import { sentenceEnds, width } from '../text/measure.ts'
import { plainTitle, titleFromText, titleOf } from '../text/title-math.ts'
import { isVisual } from './3-points/shown-visuals.ts'
import { isShown } from './4-place/shown-text.ts'

/** Widest title taken from a caption, alt text or sentence whole, in em: two lines of the 2.1rem title. */
export const visualTitleWidth = 36

// A caption names its figure or table by number first: 图 1.2, 表3, 図 2, Figure 3:, Fig. 3., Table 1 –.
// The number goes; what follows is the caption.
const captionLabel = /^(?:[图表図]|Figure|Fig\.|Table)\s*\d+(?:[.．\-–]\d+)*\s*[:：.．\-–—]?\s*/iu

// Alt text that says nothing: what editors and uploaders fill in for the writer.
const placeholderAlt = /^(?:enter image description here|image|img|picture|photo|screenshot|screen shot|screen ?capture|screen ?grab|alt|alt text|placeholder|图片?|图像|截图|示意图|插图|画像|写真|スクリーンショット)$/iu

// A file name ("trait-error-1.43.0.png", "IMG_2031", "1-2"): no space, and a digit, a dot or a joiner inside.
function isFileName(text: string): boolean {
  return !/[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && /[\d._-]/u.test(text)
}

/** Whether an image's alt text (or title) says what it shows: not empty, not a placeholder, not a file name. */
export function saysWhatItShows(alt: string): boolean {
  const text = alt.trim().replace(/[.。]$/u, '')
  return /\p{L}/u.test(text) && !placeholderAlt.test(text) && !isFileName(text)
}

/**
 * The words of an alt text written as a slug ("how-would-you-rate-your-rust-expertise", the Rust survey's charts),
 * as a title reads them ("How would you rate your rust expertise?"); undefined for any other alt text.
 */
export function slugWords(alt: string): string | undefined {
  const slug = alt.trim()
  if (!/^[a-z]+(?:[-_][a-z]+)+$/u.test(slug))
    return undefined
  const words = slug.replace(/[-_]/gu, ' ')
  // A survey's chart is named by its question: "where-do-you-live" asks.
  return `${words[0]!.toUpperCase()}${words.slice(1)}${asks(words, 'en') ? '?' : ''}`
}

/** The caption `text` holds after its figure or table number, or undefined when it starts with none. */
export function captionOf(text: string): string | undefined {
  const flat = text.replace(/\s+/gu, ' ').trim()
  const label = captionLabel.exec(flat)
  const caption = label ? flat.slice(label[0].length).trim() : ''
  return caption && /\p{L}/u.test(caption) ? caption : undefined
}

// The text of a block as a title holds it (its formulas kept), HTML tags left out (a caption is often `<center>图 1.2 …</center>`).
function blockText(block: RootContent): string {
  return (block.type === 'html' ? titleFromText(block.value.replace(/<[^>]*>/gu, ' ')) : titleOf(block, { includeHtml: false })).replace(/\s+/gu, ' ').trim()
}

/** The caption `blocks` hold, read as their text without HTML tags (`<center>Figure 7.4 …</center>`), or undefined. */
export function captionIn(blocks: readonly RootContent[]): string | undefined {
  return captionOf(blocks.map(blockText).join(' '))
}

function images(point: Point): Image[] {
  const found: Image[] = []
  for (const block of point.body)
    visit(block as Nodes, 'image', (image: Image) => void found.push(image))
  return found
}

// The sentence that introduces a visual: the last one of the paragraph just before it, when
// it says so by ending on a colon ("The results are as follows:"), the colon left out.
function introduction(block: RootContent | undefined): string | undefined {
  if (block?.type !== 'paragraph')
    return undefined
  const text = blockText(block)
  const ends = sentenceEnds(text)
  const last = text.slice(ends.at(-2) ?? 0).trim()
  return /[:：]$/u.test(last) ? last.replace(/\s*[:：]$/u, '') : undefined
}

// The first visual `page` shows, the article blocks around it, and a check of a title found for it.
function around(page: Page, lang: Lang, taken: ReadonlySet<string>, earlier: readonly RootContent[]) {
  const visual = page.points.find(point => isShown(point) && isVisual(point))
  const notes = page.points.flatMap(point => point.notes)
  const at = visual ? notes.indexOf(visual.notes[0]!) : -1
  const above = [...earlier, ...notes.slice(0, Math.max(0, at))]
  // Measured and read as it shows: a formula typeset.
  const fits = (title: string | undefined): title is string => Boolean(title) && width(plainTitle(title!)) <= visualTitleWidth && !taken.has(title!) && !isFragment(plainTitle(title!), lang)
  return { visual, after: visual && notes[at + visual.notes.length], above, fits }
}

/**
 * A title for `page` from the first visual it shows: its caption (after it, or just above it),
 * else its alt text, else the sub-heading it stands under; for two or more images (a pair whose
 * alt texts each name one) the sub-heading comes before the alt text. `earlier`: the section's
 * article blocks before the page.
 */
export function visualCaption(page: Page, lang: Lang, taken: ReadonlySet<string> = new Set(), earlier: readonly RootContent[] = []): string | undefined {
  const { visual, after, above, fits } = around(page, lang, taken, earlier)
  if (!visual)
    return undefined
  const shown = images(visual)
  const alts = shown.flatMap(image => [image.alt ?? '', image.title ?? '']).flatMap(alt => saysWhatItShows(alt) ? [alt.trim().replace(/[.。]$/u, '')] : [slugWords(alt) ?? []].flat()).map(titleFromText)
  const heading = above.findLast(block => block.type === 'heading')
  const under = heading ? [blockText(heading)] : []
  const captions = [after, above.at(-1)].map(block => block && captionIn([block]))
  return [...captions, ...(shown.length > 1 ? [...under, ...alts] : [...alts, ...under])].find(fits)
}

/** A title for `page` from the sentence that introduces the first visual it shows ("…as follows:"); `earlier`: the section's article blocks before the page. */
export function visualIntroduction(page: Page, lang: Lang, taken: ReadonlySet<string> = new Set(), earlier: readonly RootContent[] = []): string | undefined {
  const { visual, above, fits } = around(page, lang, taken, earlier)
  const title = visual && introduction(above.at(-1))
  return fits(title) ? title : undefined
}
