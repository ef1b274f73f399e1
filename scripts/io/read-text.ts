// Read a text file into a VFile; an unreadable, binary, non-UTF-8 or oversized file is
// a fatal message on that file (at the first bad byte), never an exception. Reads are
// synchronous: one call, where the thread pool's open, stat, read and close cost more on a
// busy machine, and the watch loop waits on them.

import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { fatalMessage } from '../pipeline/index.ts'

const decoder = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8', { ignoreBOM: true })
/**
 * Largest article read: ten thousand pages, far past a talk. Generation takes time in
 * proportion to the text (2–3 s a MB here) and memory about 60 times its size.
 */
export const maxBytes = 20 * 1024 * 1024

interface Place { line: number, column: number }

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
}

function fatal(file: VFile, text: string, place?: Place): VFile {
  fatalMessage(file, text, 'read', place)
  return file
}

// Line and column (in characters) of byte `offset`, as an editor shows them.
function placeOf(bytes: Uint8Array, offset: number): Place {
  const before = lenient.decode(bytes.subarray(0, offset)).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

// Offset of the first byte that is not valid UTF-8: the first U+FFFD the lenient
// decoder made that the file does not spell out itself (EF BF BD).
function firstInvalid(bytes: Uint8Array): number {
  const text = lenient.decode(bytes)
  let offset = 0
  let last = 0
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(last, at))
    last = at
    if (!(bytes[offset] === 0xEF && bytes[offset + 1] === 0xBF && bytes[offset + 2] === 0xBD))
      return offset
  }
  return bytes.length
}

/** The file at `path` as a VFile (with a fatal message when it cannot be used as text). */
export async function readText(path: string): Promise<VFile> {
  const file = new VFile({ path })
  let bytes: Uint8Array
  try {
    // Synchronous: one call instead of the thread pool's open, stat, read and close.
    bytes = readFileSync(path)
  }
  catch (error) {
    return fatal(file, `Cannot read file: ${reason(error)}`)
  }
  if (bytes.length > maxBytes)
    return fatal(file, `Cannot read file: it is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, expected an article under ${maxBytes / 1024 / 1024} MB`)
  if (bytes.includes(0))
    return fatal(file, 'Cannot read file: it holds NUL bytes (binary data), expected a UTF-8 text file', placeOf(bytes, bytes.indexOf(0)))
  try {
    file.value = decoder.decode(bytes).replace(/^\uFEFF/, '')
  }
  catch {
    return fatal(file, 'Cannot read file: it is not valid UTF-8, expected a UTF-8 text file', placeOf(bytes, firstInvalid(bytes)))
  }
  return file
}

/** The UTF-8 text at `path`, or undefined when it cannot be read (a file that may be missing, such as a previous output). */
export function textOrNone(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  }
  catch {
    return undefined
  }
}
