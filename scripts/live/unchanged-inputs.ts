// One save often reaches the watch as two or more events (a truncate, then the write; a
// rename's events), and each asked for a regeneration: the second, of the same text,
// planned the whole deck again while Slidev was reloading the first (10–15 ms of CPU on a
// 2-core machine, just when Slidev needs it). A run is a repeat when every watched file is
// as the last run found it: same inode, size, modification time and bytes. The times
// alone are too coarse (a kernel tick), the bytes alone would hide a re-save that should
// look at the disk again (an image added beside the article).
import type { Buffer } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'

interface Seen { stat: string, bytes: Buffer | undefined }

function seen(path: string): Seen {
  try {
    const stat = statSync(path, { throwIfNoEntry: false })
    return stat ? { stat: `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`, bytes: readFileSync(path) } : { stat: 'missing', bytes: undefined }
  }
  catch (error) {
    // Unreadable now: a run reports it, and a repeat would too.
    return { stat: `error:${(error as NodeJS.ErrnoException).code}`, bytes: undefined }
  }
}

const same = (a: Seen, b: Seen): boolean => a.stat === b.stat && (a.bytes === b.bytes || Boolean(a.bytes && b.bytes?.equals(a.bytes)))

/** A check for `files`: true when they are as at the last call (false on the first call). */
export function unchangedInputs(files: string[]): () => boolean {
  let last: Seen[] | undefined
  return () => {
    const now = files.map(seen)
    const repeat = last !== undefined && now.every((one, index) => same(one, last![index]!))
    last = now
    return repeat
  }
}
