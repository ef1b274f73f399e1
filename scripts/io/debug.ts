// TALKDOWN_DEBUG=1: the stack of the error the CLI reports as one line, and the errors the
// export and the live loop let pass on purpose (a print view that failed and is opened again,
// a browser that would not close …), so that a bug report can say where they came from.
import process from 'node:process'
import { say } from './report.ts'

/** Whether TALKDOWN_DEBUG is set (to anything but empty or `0`). */
export function debugging(): boolean {
  const value = process.env.TALKDOWN_DEBUG
  return Boolean(value) && value !== '0'
}

/** `error` with its stack (and its cause's), as the lines TALKDOWN_DEBUG prints. */
export function errorStack(error: unknown): string {
  if (!(error instanceof Error))
    return String(error)
  const cause = error.cause === undefined ? '' : `\nCaused by: ${errorStack(error.cause)}`
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`
}

/** Under TALKDOWN_DEBUG, print `error` as what went wrong while `doing` (it is otherwise let pass); returns undefined, to end a `.catch`. */
export function passed(doing: string, error: unknown): undefined {
  if (debugging())
    say(`talkdown (debug): while ${doing}: ${errorStack(error)}`)
  return undefined
}
