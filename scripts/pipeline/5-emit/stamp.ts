// A content hash in the generated file's header tells a generated slides.md from one
// edited by hand (or by Slidev's editor), so a rebuild never silently overwrites edits.

import { digest } from '../shared/digest.ts'

const line = /^# talkdown-sha256: ([\da-f]{64})\n/m

/** `markdown` with its hash stamped on the line after the opening `---`. */
export function stamp(markdown: string): string {
  return markdown.replace(/^---\n/, `---\n# talkdown-sha256: ${digest(markdown)}\n`)
}

/** Whether `text` is untouched generator output, was edited since, or was never generated. */
export function stampState(text: string): 'generated' | 'edited' | 'foreign' {
  const match = line.exec(text)
  if (!match)
    return 'foreign'
  return digest(text.replace(line, '')) === match[1] ? 'generated' : 'edited'
}
