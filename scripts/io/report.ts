// Messages to the terminal, one line each, as editors and CI logs link them:
// `content/review.md:12:1-12:20: warning: reason (rule)`.

import type { VFile } from 'vfile'
import process from 'node:process'
import { stringifyPosition } from 'unist-util-stringify-position'
import { hasFatal } from '../pipeline/index.ts'

/** One message as a line. */
export function formatMessage(file: VFile, message: VFile['messages'][number]): string {
  const place = message.place ? `:${stringifyPosition(message.place)}` : ''
  const severity = message.fatal ? 'error' : 'warning'
  const rule = message.ruleId ? ` (${message.ruleId})` : ''
  return `${file.path}${place}: ${severity}: ${message.reason}${rule}`
}

/** Print the files' messages to stderr; true when one of them is fatal. */
export function report(files: VFile[]): boolean {
  for (const file of files) {
    for (const message of file.messages)
      say(formatMessage(file, message))
  }
  return hasFatal(files)
}

/** Print one line to stderr. */
export function say(line: string): void {
  process.stderr.write(`${line}\n`)
}
