// One slide master per kind of slide, each with a title placeholder where that kind shows
// its title: PowerPoint (and LibreOffice) place a placeholder's text by its master, and
// the placeholder is what makes the text the slide's title (outline view, screen readers).
import type PptxGenJS from 'pptxgenjs'
import type { Slide } from '../../pipeline/index.ts'
import type { Box } from './geometry.ts'
import type { Palette } from './palette.ts'
import { box } from './geometry.ts'

const titles: Record<Slide['kind'], Box> = {
  cover: box(56, 150, 868, 140),
  chapter: box(70, 150, 854, 130),
  quote: box(56, 28, 868, 36),
  end: box(56, 170, 868, 110),
  content: box(56, 28, 868, 62),
  agenda: box(56, 28, 868, 62),
}

const background = (kind: Slide['kind'], colors: Palette): string => kind === 'cover' ? colors.cover : kind === 'chapter' ? colors.surface : colors.background

/** The master's name for slides of `kind`. */
export function masterName(kind: Slide['kind']): string {
  return `TALKDOWN-${kind.toUpperCase()}`
}

/** Define a master for every kind of slide on `pptx`. */
export function defineMasters(pptx: PptxGenJS, colors: Palette): void {
  for (const kind of Object.keys(titles) as Slide['kind'][])
    pptx.defineSlideMaster({ title: masterName(kind), background: { color: background(kind, colors) }, objects: [{ placeholder: { options: { name: 'title', type: 'title', ...titles[kind] }, text: '' } }] })
}
