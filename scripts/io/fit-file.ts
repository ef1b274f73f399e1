// The fit file beside the article (`content/review.fit.json`): room shares that
// `talkdown check` measured, read by every build so plain builds fit without a browser.
import type { FitTable } from '../pipeline/index.ts'
import { rm } from 'node:fs/promises'
import { join, parse as parsePath } from 'node:path'
import { emptyFit, parseFit, stringifyFit } from '../pipeline/index.ts'
import { textOrNone } from './read-text.ts'
import { say } from './report.ts'
import { writeAtomic } from './write-atomic.ts'

/** Where the fit file of `article` lives. */
export function fitPath(article: string): string {
  const { dir, name } = parsePath(article)
  return join(dir, `${name}.fit.json`)
}

/** Read the fit file; a missing one is empty, a broken one is ignored with a warning. */
export async function readFit(path: string): Promise<FitTable> {
  const text = textOrNone(path)
  if (text === undefined)
    return emptyFit
  const table = parseFit(text)
  if (!table)
    say(`${path}: warning: not a valid fit file; ignored (run \`talkdown check\` to remake it)`)
  return table ?? emptyFit
}

/** Write the fit file, or remove it when nothing needs less room. */
export async function writeFit(path: string, table: FitTable): Promise<void> {
  if (table.sections.length)
    await writeAtomic(path, stringifyFit(table))
  else
    await rm(path, { force: true })
}
