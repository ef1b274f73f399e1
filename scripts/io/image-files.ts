// What the pipeline may ask of the article's local images, answered from the disk: whether one is
// there, and its size in pixels from its file's header (image-size reads PNG, JPEG, GIF, WebP and
// SVG's width, height or viewBox). URLs are as rewritten for the output file: relative to `root`, its
// folder, or root-absolute, under `public/` as Slidev serves them.
import type { ImageExists, ImageSize } from '../pipeline/index.ts'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { imageSize } from 'image-size'

const onDisk = (root: string, url: string): string => url.startsWith('/') ? join(root, 'public', url) : join(root, url)

/** Whether an image exists under `root`. */
export function imageOnDisk(root: string): ImageExists {
  return url => statSync(onDisk(root, url), { throwIfNoEntry: false })?.isFile() ?? false
}

/** An image's size under `root`; undefined when its header cannot be read (a broken file, a format image-size does not know). */
export function imageSizeOnDisk(root: string): ImageSize {
  return (url) => {
    try {
      const { width, height } = imageSize(onDisk(root, url))
      return width && height ? { width, height } : undefined
    }
    catch {
      return undefined
    }
  }
}
