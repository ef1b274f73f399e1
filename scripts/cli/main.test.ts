import { CLIError, exitCode } from '../io/cli-error.ts'
import { errorLines } from './main.ts'

const pointer = 'Run with TALKDOWN_DEBUG=1 to see where it came from (its stack).'
const bug = new TypeError('x is undefined')
const wrapped = new CLIError('Cannot export slides.md: x is undefined', exitCode.failed, bug)
const typed = new CLIError('Cannot serve the talk on port 3030: it is in use', exitCode.portInUse)

describe('errorLines', () => {
  it.each([
    ['a CLIError of its own', typed, ['talkdown: Cannot serve the talk on port 3030: it is in use']],
    ['an unexpected error', bug, ['talkdown: x is undefined', pointer]],
    ['a CLIError wrapping an unexpected one', wrapped, ['talkdown: Cannot export slides.md: x is undefined', pointer]],
    ['a thrown string', 'oops', ['talkdown: oops', pointer]],
  ])('%s: one line, and the pointer when unexpected', (_name, error, lines) => {
    expect(errorLines(error, false)).toEqual(lines)
  })

  it.each([
    ['a CLIError of its own', typed, /^CLIError: Cannot serve the talk[^\n]*\n\s+at /u],
    ['an unexpected error', bug, /^TypeError: x is undefined\n\s+at /u],
    ['a CLIError wrapping an unexpected one', wrapped, /^CLIError: Cannot export[\s\S]*\nCaused by: TypeError: x is undefined\n\s+at /u],
  ])('under TALKDOWN_DEBUG, %s: the line, then the stack (and its cause)', (_name, error, stack) => {
    const lines = errorLines(error, true)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(stack)
  })
})
