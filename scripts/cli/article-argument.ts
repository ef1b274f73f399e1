// Every command takes at most one article, content/review.md when none is named.

/** The article named in `positionals`, or the default; more than one is an option mistake. */
export function articleArgument(positionals: string[]): string {
  const [article = 'content/review.md', ...extra] = positionals
  if (extra.length)
    throw new TypeError(`Cannot take more than one article, expected one path (got ${positionals.join(', ')})`)
  return article
}
