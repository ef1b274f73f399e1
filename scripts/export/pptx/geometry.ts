// Slide geometry: the talk's 980×552 canvas on a 16:9 PowerPoint slide, in inches, and
// CSS pixels as points, so that sizes read off styles/index.css carry over.
import { canvas } from '../../pipeline/index.ts'

/** Slide width in inches (PowerPoint's 16:9 "widescreen"). */
export const slideWidth = 13.333

/** Slide height in inches. */
export const slideHeight = slideWidth * canvas.height / canvas.width

const inchPerPixel = slideWidth / canvas.width

/** CSS pixels of the canvas as inches on the slide. */
export function inch(px: number): number {
  return Math.round(px * inchPerPixel * 1000) / 1000
}

/** A CSS font size in pixels as points on the slide. */
export function pt(px: number): number {
  return Math.round(px * inchPerPixel * 72 * 2) / 2
}

/** A box on the slide, in inches. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A box given in canvas pixels. */
export function box(x: number, y: number, w: number, h: number): Box {
  return { x: inch(x), y: inch(y), w: inch(w), h: inch(h) }
}

/** The content area of a default slide under its title (Slidev's padding: 56 px sides, 40 px top and bottom). */
export const bodyBox = box(56, 118, canvas.width - 112, canvas.height - 118 - 32)
