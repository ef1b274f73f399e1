// Every command takes at most one article, content/review.md when none is named.

import { CLIError, exitCode } from '../io/cli-error.ts'

/** The article named in `positionals`, or the default; more than one is an option mistake. */
export function articleArgument(positionals: string[]): string {
  const [article = 'content/review.md', ...extra] = positionals
  if (extra.length)
    throw new CLIError(`Cannot take more than one article, expected one path (got ${positionals.join(', ')})`, exitCode.badInput)
  return article
}
