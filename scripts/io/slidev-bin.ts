// Where Slidev's command-line script is: resolved through Node's module lookup from the
// installed @slidev/cli, so it is found from scripts/ and from the CLI bundle in bin/dist/
// alike, and wherever npm put the package.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Path of Slidev's command-line script (`bin/slidev.mjs` of the installed @slidev/cli), to run with `process.execPath`. */
export function slidevBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@slidev/cli/package.json')
  return join(dirname(manifest), 'bin', 'slidev.mjs')
}
