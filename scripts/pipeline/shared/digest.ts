// One content hash for every cache key and stamp: sha256 of the text, in the encoding the
// caller stores (hex in headers and fit files, base64url in export keys), cut to `length`.

import { createHash } from 'node:crypto'

/** sha256 of `text` (or bytes) in `encoding`, the first `length` characters (all of it by default). */
export function digest(text: string | Uint8Array, encoding: 'hex' | 'base64url' = 'hex', length?: number): string {
  const full = createHash('sha256').update(text).digest(encoding)
  return length === undefined ? full : full.slice(0, length)
}
