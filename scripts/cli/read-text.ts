// Read a text file into a VFile; an unreadable, binary or non-UTF-8 file is a fatal
// message on that file, never an exception.
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'

const decoder = new TextDecoder('utf-8', { fatal: true })

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
}

function fatal(file: VFile, text: string): VFile {
  const message = file.message(text, { ruleId: 'read', source: 'talkdown' })
  message.fatal = true
  return file
}

/** The file at `path` as a VFile (with a fatal message when it cannot be used as text). */
export async function readText(path: string): Promise<VFile> {
  const file = new VFile({ path })
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  }
  catch (error) {
    return fatal(file, `Cannot read file: ${reason(error)}`)
  }
  if (bytes.includes(0))
    return fatal(file, 'Cannot read file: it holds NUL bytes, expected a UTF-8 text file')
  try {
    file.value = decoder.decode(bytes).replace(/^\uFEFF/, '')
  }
  catch {
    return fatal(file, 'Cannot read file: it is not valid UTF-8, expected a UTF-8 text file')
  }
  return file
}
