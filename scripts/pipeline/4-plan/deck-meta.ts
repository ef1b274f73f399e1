// The deck's own facts, decided once from the article and its settings: title, subtitle,
// author, date, theme, language, and the year its undated dates belong to.

import type { Paragraph, PhrasingContent, Root } from 'mdast'
import type { DeckSettings } from '../1-parse/settings.ts'
import type { DeckMeta, FrontMatter, Lang, Outline } from '../model/deck.ts'
import { toString } from 'mdast-util-to-string'
import { articleLang } from '../text/article-lang.ts'
import { sentenceEnds, visibleCharacters } from '../text/measure.ts'
import { hasFormula, plainText } from '../text/phrasing.ts'
import { proseText } from '../text/prose.ts'
import { titleFromText, titleOf } from '../text/title-math.ts'
import { keyPoint } from './3-points/key-point.ts'
import { isLinksOnly } from './3-points/quote.ts'
import { shortPoint } from './3-points/short-point.ts'
import { isWeakPoint } from './3-points/weak-point.ts'

/** What the planner takes as given about the whole deck. */
export interface DeckFacts {
  /** Title, subtitle, author, date, theme, language and export name. */
  meta: DeckMeta
  /** The year the article is about, for dates written without one. */
  year: number
}

// The article's opening sentence makes a fitting subtitle when none is given. Where it is too
// long and would end mid-clause ('（以下简称…'), it is shortened as a bullet's key point is, never
// with "…" or a bracket left open; a fragment or a scrap of that ('🖌') is no subtitle.
// A front-matter summary is often a paragraph ("React Conf 2024 で…。これは…。この投稿では…。"): the
// cover takes its opening sentence the same way.
function leadSentence(tree: Root, lang: Lang): string | undefined {
  // A line of links (the source file the Rust book's translation names first) is no sentence, nor a footnote (notes only).
  const first = tree.children.find((node): node is Paragraph => node.type === 'paragraph' && !isLinksOnly(node) && node.data?.talkdownNotesOnly !== true)
  return first ? openingSentence(first.children, lang) : undefined
}

function openingSentence(children: PhrasingContent[], lang: Lang): string | undefined {
  const first = { children }
  const key = keyPoint(first.children, 36, lang)
  const text = plainText(key).trim()
  const opening = plainText(first.children).trim()
  if (text === opening.slice(0, sentenceEnds(opening)[0]).replace(/[\s。.！!？?]+$/u, ''))
    // A subtitle is plain text: a formula in it would show as its TeX.
    return hasFormula(key) ? undefined : text || undefined
  const shortened = shortPoint(first.children, lang)
  const short = plainText(shortened).trim()
  return visibleCharacters(short) >= 8 && !isWeakPoint(short, lang) && !hasFormula(shortened) ? short : undefined
}

// A summary of one sentence is the subtitle as written; of several, its opening sentence.
function summarySentence(summary: string | undefined, lang: Lang): string | undefined {
  const text = summary?.trim()
  if (!text || sentenceEnds(text).filter(end => end < text.length).length === 0)
    return summary
  return openingSentence([{ type: 'text', value: text }], lang) ?? summary
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

/** A front-matter timestamp as the day it names ("2025-02-26T22:34:05+09:00" → "2025-02-26"): a cover shows the day, not the second. */
export function calendarDate(date: string | undefined): string | undefined {
  return date?.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})?$/u, '$1')
}

/** The deck's meta and year for `tree` (outlined as `structure`), its front matter and settings. */
export function deckMeta(tree: Root, structure: Outline, front: FrontMatter, settings: DeckSettings, stem: string | undefined): DeckFacts {
  const text = toString(tree)
  // Judged from prose only: code, URLs and HTML would make a Chinese article English.
  const lang: Lang = settings.lang ?? articleLang(proseText(tree))
  // The deck's title is a title (text/title-math.ts): a formula in its heading shows on the cover.
  const headingTitle = structure.titleHeading && titleOf(structure.titleHeading).trim()
  // A title the article ends with a comma or colon ('…性能测试报告，') is cut off there on
  // the cover; a settings title is taken as given.
  const found = front.title === undefined ? headingTitle : titleFromText(front.title)
  const title = (settings.title === undefined ? undefined : titleFromText(settings.title)) ?? (found?.replace(/[\s，,、；;：:]+$/u, '') || found) ?? titleFromText(stem ?? 'talk')
  // A title heading that lost to a given title still shows, as the subtitle (before a
  // front-matter summary, which is not the article's text and often a paragraph long).
  // (A subtitle is text: the heading's, its formulas' TeX kept whole.)
  const shownHeading = headingTitle && headingTitle !== title ? toString(structure.titleHeading).trim() : undefined
  const meta: DeckMeta = {
    title,
    subtitle: settings.subtitle ?? shownHeading ?? summarySentence(front.subtitle, lang) ?? leadSentence(tree, lang),
    author: settings.author ?? front.author,
    date: settings.date ?? calendarDate(front.date),
    theme: settings.theme ?? 'default',
    lang,
    exportFilename: 'talk',
    ...(settings.colorSchema ? { colorSchema: settings.colorSchema } : {}),
  }
  return { meta, year: articleYear(text, meta.date) }
}
