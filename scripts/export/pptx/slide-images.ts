// Images of a slide: local files that exist are embedded (scaled to fit, aspect kept);
// remote, missing or unreadable ones become a visible placeholder with their alt text,
// as on the Slidev slide. Nothing is fetched.
import type { Image, RootContent } from 'mdast'
import type PptxGenJS from 'pptxgenjs'
import type { PptxContext } from './context.ts'
import type { Box } from './geometry.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'
import { textBase } from './context.ts'
import { pt } from './geometry.ts'

/** The images in `body`, in order. */
export function slideImages(body: RootContent[]): Image[] {
  const found: Image[] = []
  for (const node of body)
    visit(node, 'image', image => void found.push(image))
  return found
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
  slide.addText([
    { text: `${words}: ${image.data?.talkdownMissingUrl ?? image.url}`, options: { ...textBase(context, pt(16), context.colors.muted), breakLine: Boolean(image.alt) } },
    ...(image.alt ? [{ text: image.alt, options: textBase(context, pt(20)) }] : []),
  ], { ...area, shape: context.pptx.ShapeType.rect, fill: { color: context.colors.surface }, line: { color: context.colors.muted, width: 1, dashType: 'dash' }, align: 'center', valign: 'middle', fit: 'shrink' })
}
