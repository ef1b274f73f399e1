// Write a file so that readers only ever see the old or the new text, never half of it.
// Synchronous calls: one step each, where the thread pool's round trips would cost more
// than the write on a busy machine (the watch loop waits on this before Slidev can reload).
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Write `text` (or bytes, e.g. a PDF) to `path` through a temporary file in the same folder and a rename. */
export async function writeAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  }
  catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
