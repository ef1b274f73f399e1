// Images of a slide: local files that exist are embedded (scaled to fit, aspect kept);
// remote, missing or unreadable ones become a visible placeholder with their alt text,
// as on the Slidev slide. Nothing is fetched. Drawn diagrams are the talk's pictures of them.
import type { Code, Image, RootContent } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'
import { canvas } from '../../pipeline/index.ts'
import { textBase } from './context.ts'
import { diagramLabel, isPicturedDiagram } from './diagram-label.ts'
import { pt, slideWidth } from './geometry.ts'

/** The images in `body`, in order. */
export function slideImages(body: RootContent[]): Image[] {
  const found: Image[] = []
  for (const node of body)
    visit(node, 'image', image => void found.push(image))
  return found
}

/** What a slide shows beside its text: its images and its drawn diagrams, in order. */
export function slideVisuals(body: RootContent[]): (Image | Code)[] {
  return body.flatMap((block): (Image | Code)[] => isPicturedDiagram(block) ? [block] : slideImages([block]))
}

// Slidev serves `/x.png` from public/ beside slides.md; other paths (rebased and decoded
// by the pipeline) are relative to it.
function localPath(url: string, base: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//'))
    return undefined
  const path = url.startsWith('/') ? join(base, 'public', url) : join(base, url)
  return existsSync(path) ? path : undefined
}

function size(path: string): { width: number, height: number } | undefined {
  try {
    const { width, height } = imageSize(path)
    return width && height ? { width, height } : undefined
  }
  catch {
    return undefined
  }
}

/** Draw `image` into `area`: the picture when it is a local file, else a placeholder box. */
export function drawImage(slide: PptxGenJS.Slide, image: Image, area: Box, context: PptxContext): void {
  const path = localPath(image.url, context.base)
  const dimensions = path && size(path)
  if (path && dimensions) {
    const scale = Math.min(area.w / dimensions.width, area.h / dimensions.height)
    const w = dimensions.width * scale
    const h = dimensions.height * scale
    slide.addImage({ path, x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h, altText: image.alt ?? '' })
    return
  }
  const words = { zh: '图片未找到', en: 'Image not found', ja: '画像が見つかりません' }[context.deckLang]
  placeholder(slide, `${words}: ${image.data?.talkdownMissingUrl ?? image.url}`, image.alt ?? '', area, context)
}

// A dashed box standing for a visual that cannot be shown: a muted line, then `text` if any.
function placeholder(slide: PptxGenJS.Slide, line: string, text: string, area: Box, context: PptxContext): void {
  slide.addText([
    { text: line, options: { ...textBase(context, pt(16), context.colors.muted), breakLine: Boolean(text) } },
    ...(text ? [{ text, options: textBase(context, pt(20)) }] : []),
  ], { ...area, shape: context.pptx.ShapeType.rect, fill: { color: context.colors.surface }, line: { color: context.colors.muted, width: 1, dashType: 'dash' }, align: 'center', valign: 'middle', fit: 'shrink' })
}

// Canvas pixels as inches, for a picture's natural size (geometry.ts's `inch`, unrounded).
const inchesPerPixel = slideWidth / canvas.width

/**
 * Draw the slide's `index`-th drawn diagram into `area`: the talk's picture of it at most at
 * its size in the talk (a small diagram is not blown up), centred; a labelled placeholder
 * when there is no picture. Never its source.
 */
export function drawDiagram(slide: PptxGenJS.Slide, diagram: Code, index: number, area: Box, context: PptxContext): void {
  const picture = context.diagrams[index]
  if (!picture) {
    placeholder(slide, diagramLabel(diagram.lang ?? 'mermaid', diagram.value), '', area, context)
    return
  }
  const scale = Math.min(area.w / (picture.width * inchesPerPixel), area.h / (picture.height * inchesPerPixel), 1) * inchesPerPixel
  const w = picture.width * scale
  const h = picture.height * scale
  const altText = { zh: '图表', en: 'Diagram', ja: '図' }[context.deckLang]
  slide.addImage({ data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`, x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h, altText })
}
