// The watch loops read the article (and its settings) as saved, never in the middle of a
// save: an editor's save truncates the file and then writes it, and a run that began on the
// previous save's event could read the empty file in between. An empty article builds a
// two-slide deck, which was written, and the open talk lost its place when the next run
// put the deck back (live.e2e failed so, 1 run in 4, on the two quick saves after a broken one).
import type { VFile } from 'vfile'
import { readText } from '../io/read-text.ts'
import { written } from './watch-files.ts'

/** `readText(path)`, waiting out an empty file for up to 100 ms (a file still empty then is empty). */
export async function savedText(path: string): Promise<VFile> {
  // A truncate can also land between the check and the read: then check and read again.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!await written(path))
      break
    const file = await readText(path)
    if (String(file.value) || file.messages.length)
      return file
  }
  return readText(path)
}
