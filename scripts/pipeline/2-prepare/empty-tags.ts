// An inline element with nothing inside shows nothing in a browser: an icon font's glyph
// (`<i class="fa-solid fa-language"></i>` in OpenTelemetry's headings), an anchor
// (`<a id="install"></a>`), an empty `<span>`. Without the site's CSS it is no word of the
// article, and on a slide its tags would show as text: it is taken out. Only phrasing tags:
// an empty `<iframe>` or `<video>` is an embed, which is handled as one.
import type { Root } from 'mdast'
import { stripMarkup } from './strip-markup.ts'

export const emptyTag = /<([abisu]|abbr|em|mark|small|span|strong|sub|sup)(?:\s[^<>]*)?>\s*<\/\1\s*>/giu

/** Whether `source` may hold an empty inline element: a search of the text, cheaper than a walk. */
export function mayHoldEmptyTags(source: string): boolean {
  return /><\/(?:[abisu]|abbr|em|mark|small|span|strong|sub|sup)\s*>/iu.test(source.replace(/>\s+<\//gu, '></'))
}

/** Take empty inline elements out of the prose of `tree` (in place). */
export function emptyTags(tree: Root): void {
  stripMarkup(tree, emptyTag)
}
