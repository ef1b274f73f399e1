// Start-up is most of a `talkdown build`: tsx compiling ~80 TypeScript modules took about
// 1 s, longer than the pipeline. So the CLI runs from one esbuild bundle (bin/dist/talkdown.cjs,
// remade whenever a source is newer) compiled with V8's code cache; tsx stays the fallback.
// The bundle sits two folders deep, like scripts/cli/, so `new URL('../../…', import.meta.url)`
// in the sources still points at the project root.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'bin/dist/talkdown.cjs')
const codeCache = `${bundle}.cache`

/** @param {string} file @param {string | Uint8Array} data */
function writeAtomic(file, data) {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}

/** Newest modification time (ms) of what goes into the bundle. */
function newestSource() {
  const sources = readdirSync(join(root, 'scripts'), { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map(name => join(root, 'scripts', name))
  const files = [...sources, join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]
  return Math.max(...files.filter(existsSync).map(file => statSync(file).mtimeMs))
}

/** Make the bundle with esbuild; false when esbuild is missing or fails. */
async function make() {
  const esbuild = await import('esbuild').catch(() => undefined)
  if (!esbuild)
    return false
  mkdirSync(dirname(bundle), { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp`
  const result = await esbuild.build({
    entryPoints: [join(root, 'scripts/cli/main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Browser, Slidev and the PPTX writer stay in node_modules: large, and loaded only by the
    // commands that need them (pptxgenjs also imports node:fs dynamically, which a script run
    // from V8's code cache cannot do: seen as ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
    external: ['playwright-core', 'playwright-chromium', '@slidev/*', 'vite', 'esbuild', 'pdf-lib', 'chokidar', 'pptxgenjs', 'jszip', 'image-size'],
    minify: true,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'silent',
  }).then(() => true, () => false)
  if (result) {
    renameSync(temporary, bundle)
    rmSync(codeCache, { force: true })
  }
  else {
    rmSync(temporary, { force: true }) // a failed build leaves no half-written file in bin/dist
  }
  return result
}

/** Run the bundle's source with the code cache when V8 accepts it; returns its exports. */
function load() {
  const source = readFileSync(bundle, 'utf8')
  const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  // After a run the cache also holds the functions the run compiled; keep it for the next start.
  const keep = () => (!cachedData || script.cachedDataRejected) && writeAtomic(codeCache, script.createCachedData())
  return { main: module.exports.main, keep }
}

/**
 * The CLI's `main` from the bundle, made first when missing or older than a source;
 * undefined when it cannot be made or loaded (or TALKDOWN_NO_BUNDLE is set), so the caller uses tsx.
 * @returns {Promise<((argv: string[]) => Promise<number>) | undefined>} the CLI's main, or undefined
 */
export async function bundledMain() {
  if (process.env.TALKDOWN_NO_BUNDLE)
    return undefined
  try {
    if ((!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) && !await make())
      return undefined
    const { main, keep } = load()
    return async (argv) => {
      const code = await main(argv)
      try {
        keep()
      }
      catch {} // a read-only install just starts a little slower next time
      return code
    }
  }
  catch {
    return undefined
  }
}
