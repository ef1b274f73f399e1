// The CLI's exit codes, and the error that carries one up to scripts/cli/main.ts (as
// marp-cli's CLIError does). It lives here, below the CLI, so the edges can throw it:
// main.ts prints its message once, as one line without a stack trace.

/** Exit codes of `talkdown`, by meaning. */
export const exitCode = {
  /** Everything done. */
  ok: 0,
  /** Something failed: overflow left after `check`, an export or a Slidev build failed, hand edits kept. */
  failed: 1,
  /** Bad input: an error in the article or its settings (printed with its position), or an option/usage mistake. */
  badInput: 2,
  /** No Chromium found for a command that needs one. */
  noBrowser: 3,
  /** The dev server's port is in use. */
  portInUse: 4,
} as const

/** One of the exit codes. */
export type ExitCode = typeof exitCode[keyof typeof exitCode]

/** A failure the user should read as one line, with the exit code it ends the CLI with. */
export class CLIError extends Error {
  override readonly name = 'CLIError'
  /** The exit code main.ts returns for it. */
  readonly code: ExitCode

  /** `cause`: the error it reports (its stack is printed under TALKDOWN_DEBUG). */
  constructor(message: string, code: ExitCode = exitCode.failed, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.code = code
  }
}

/** The message of a thrown value, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** `error` as a CLIError: itself when it is one, else "Cannot `doing`: its message" with exit code 1. */
export function asCliError(error: unknown, doing: string): CLIError {
  return error instanceof CLIError ? error : new CLIError(`Cannot ${doing}: ${errorMessage(error)}`, exitCode.failed, error)
}
