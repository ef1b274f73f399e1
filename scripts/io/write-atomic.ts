// Write a file so that readers only ever see the old or the new text, never half of it.
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Write `text` (or bytes, e.g. a PDF) to `path` through a temporary file in the same folder and a rename. */
export async function writeAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text)
    await rename(temporary, path)
  }
  finally {
    await rm(temporary, { force: true })
  }
}
