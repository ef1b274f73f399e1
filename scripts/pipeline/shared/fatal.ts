// Problems that stop generation are vfile messages marked fatal, never exceptions: one maker
// for them, and one test for "did anything stop us".

import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

/** Where a message points: a point or a range in the file. */
export type Place = Point | Position

/** Add a fatal message to `file` (rule `ruleId`) and return it. */
export function fatalMessage(file: VFile, reason: string, ruleId: string, place?: Place): VFile['messages'][number] {
  const message = file.message(reason, { place, ruleId, source: 'talkdown' })
  message.fatal = true
  return message
}

/** Whether any of `files` carries a fatal message. */
export function hasFatal(files: VFile[]): boolean {
  return files.some(file => file.messages.some(message => message.fatal))
}
