// Where the bench reads and writes. Scratch files go under tmp/bench (git-ignored).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** The seed article. */
export const seedArticle = join(root, 'content/review.md')

/** The talkdown CLI entry. */
export const talkdownBin = join(root, 'bin/talkdown.js')

/** A fresh scratch folder `tmp/bench/<name>`, created if missing. */
export function scratch(name: string): string {
  const path = join(root, 'tmp/bench', name)
  mkdirSync(path, { recursive: true })
  return path
}
