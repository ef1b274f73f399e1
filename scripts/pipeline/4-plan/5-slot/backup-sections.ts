// Which sections leave the timed talk for the backup slides when trimming the notes is not
// enough. Sections are ranked by coarse, whole-number salience (charts, quotes, figures,
// bold phrases, opening a chapter), so a small edit rarely changes the ranking; ties go to
// the earlier section. Each chapter keeps its best section while any other can go.

import type { Slide } from '../../model/deck.ts'
import { toString } from 'mdast-util-to-string'

/** The content slides of one section, with what ranks it. */
export interface SlotSection {
  /** Section title (`Slide.section`). */
  title: string
  /** Index of the chapter (part) it belongs to. */
  chapter: number
  /** Its slides' indexes in the deck, in order. */
  slides: number[]
  /** Salience: higher stays in the talk longer. */
  score: number
}

function score(slides: Slide[], opensChapter: boolean): number {
  const text = slides.map(slide => slide.notes.map(node => toString(node)).join('\n')).join('\n')
  const figures = text.match(/\d+(?:[.,]\d+)?/gu)?.length ?? 0
  const bold = slides.some(slide => JSON.stringify(slide.body).includes('"strong"'))
  return 3 * slides.filter(slide => slide.chart).length + 2 * slides.filter(slide => slide.kind === 'quote').length
    + Math.min(4, Math.floor(figures / 3)) + (bold ? 1 : 0) + (opensChapter ? 2 : 0)
}

/** The sections of the main flow (content and quote slides grouped by `section`), ranked by salience. */
export function slotSections(slides: Slide[]): SlotSection[] {
  const sections: SlotSection[] = []
  let chapter = 0
  let opens = true
  for (const [index, slide] of slides.entries()) {
    if (slide.kind === 'chapter') {
      chapter++
      opens = true
    }
    if (slide.kind !== 'content' && slide.kind !== 'quote')
      continue
    const last = sections.at(-1)
    if (last && last.title === slide.section && last.chapter === chapter) {
      last.slides.push(index)
      continue
    }
    sections.push({ title: slide.section ?? slide.title, chapter, slides: [index], score: opens ? 1 : 0 })
    opens = false
  }
  return sections.map(section => ({ ...section, score: score(section.slides.map(index => slides[index]!), section.score === 1) }))
}

/** Sections in the order they leave the talk: least salient first, later first on ties; each chapter's best last. */
export function backupOrder(sections: SlotSection[]): SlotSection[] {
  const best = new Map<number, SlotSection>()
  for (const section of sections) {
    const kept = best.get(section.chapter)
    if (!kept || section.score > kept.score)
      best.set(section.chapter, section)
  }
  const rank = (a: SlotSection, b: SlotSection): number => a.score - b.score || b.slides[0]! - a.slides[0]!
  const last = new Set(best.values())
  return [...sections.filter(section => !last.has(section)).sort(rank), ...[...last].sort(rank)]
}
