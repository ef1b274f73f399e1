// Article text to Markdown for Slidev: mdast-util-to-markdown with the escapes Slidev needs.
// A deck needs two texts a slide; they are written in one call, parted by a marker block
// (configuring a call costs as much as writing a short slide). Each top-level block is
// written the same wherever it stands: the serializer passes it only a blank line's context,
// and what it keeps between blocks (the last list bullet) is reset by any non-list block.
import type { Nodes, RootContent } from 'mdast'
import type { Options } from 'mdast-util-to-markdown'
import { toMarkdown } from 'mdast-util-to-markdown'
import { fastText } from './fast-text.ts'
import { markdownOptions } from './markdown-options.ts'

// The fast text handler writes the same as the default one.
const options: Options = { ...markdownOptions, extensions: [...markdownOptions.extensions!, { handlers: { text: fastText } }] }

// A NUL cannot come from the parser (it reads NUL as U+FFFD); a part holding one anyway
// shows up as one part too many, and then each part is written on its own.
const marker = '<!--talkdown\u0000part-->'

function write(nodes: RootContent[]): string {
  return toMarkdown({ type: 'root', children: nodes } as Nodes, options).trim()
}

/** Each list of blocks as Markdown, trimmed. */
export function markdownParts(parts: RootContent[][]): string[] {
  const children = parts.flatMap((part, index): RootContent[] => index ? [{ type: 'html', value: marker }, ...part] : part)
  const texts = write(children).split(marker).map(part => part.trim())
  return texts.length === parts.length ? texts : parts.map(write)
}
