// A prototype of the proposed start-up fix, built only for measuring: the CLI bundled
// to one JavaScript file with esbuild, so node runs it without tsx compiling ~70 modules.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './paths.ts'

interface Esbuild { build: (options: Record<string, unknown>) => Promise<unknown> }

/** Bundle scripts/cli/main.ts into `folder`; resolves to the runnable file, or undefined when esbuild is unavailable. */
export async function bundleCli(folder: string): Promise<string | undefined> {
  // esbuild comes with tsx and vite; it is not a direct dependency, so its absence only drops the row.
  const esbuild = await import('esbuild').then(module => module as unknown as Esbuild, () => undefined)
  if (!esbuild)
    return undefined
  const entry = join(folder, 'entry.ts')
  const outfile = join(folder, 'talkdown.mjs')
  writeFileSync(entry, `import { main } from ${JSON.stringify(join(root, 'scripts/cli/main.ts'))}\nprocess.exitCode = await main(process.argv.slice(2))\n`)
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' })
  return existsSync(outfile) ? outfile : undefined
}
