// Start-up is most of a `talkdown build`: tsx compiling ~80 TypeScript modules took about
// 1 s, longer than the pipeline. So the CLI runs from one esbuild bundle (bin/dist/talkdown.cjs,
// remade whenever a source is newer) compiled with V8's code cache; tsx stays the fallback.
// The bundle sits two folders deep, like scripts/cli/, so `new URL('../../…', import.meta.url)`
// in the sources still points at the project root.
// CommonJS (bin/package.json): a CommonJS entry starts without Node's ES module loader.
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs')
const Module = require('node:module')
const { dirname, join } = require('node:path')
const process = require('node:process')
const v8 = require('node:v8')
const vm = require('node:vm')

const root = join(__dirname, '..')
const dist = join(root, 'bin/dist')
const bundle = join(dist, 'talkdown.cjs')
// The project files the bundle was made from (esbuild's metafile), so a start stats only those.
const inputs = join(dist, 'talkdown.inputs.json')
// One code cache per command: a cache holds the functions its first run compiled, and
// `--help` first must not leave `build` to compile the pipeline on every start.
const commands = new Set(['build', 'check', 'dev', 'stats', 'export'])
const command = process.argv.slice(2).find(arg => commands.has(arg)) ?? 'other'
const codeCache = `${bundle}.${command}.cache`

/** @param {string} file @param {string | Uint8Array} data */
function writeAtomic(file, data) {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}

/** Whether the bundle is older than one of the files it was made from (or than the lockfile or this file). */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputs))
    return true
  // Only the bundle's own inputs: a file it does not import cannot change it until one it does
  // is edited to import it. (A recursive readdir of scripts/ took 8–9 ms of every start.)
  const files = [...JSON.parse(readFileSync(inputs, 'utf8')), 'package-lock.json', 'bin/fast-start.js']
  const made = statSync(bundle).mtimeMs
  return files.some(file => (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > made)
}

// Drop every code cache of an older bundle.
function dropCaches() {
  for (const name of readdirSync(dist).filter(name => name.endsWith('.cache')))
    rmSync(join(dist, name), { force: true })
}

// Packages the bundle sets up only when first called: zod (deck settings files) and the
// HTML tool chain (parse5 and hast, for articles with raw HTML). esbuild evaluates every
// module a bundle imports when it starts; these took about 15 ms of a build that never used them.
const lazyPackages = ['zod', 'hast-util-from-html', 'hast-util-sanitize', 'hast-util-to-html', 'hast-util-to-mdast', 'mdast-util-to-hast']

/**
 * An esbuild plugin: each lazy package is replaced by a module with the same exports that
 * loads the package on first use (functions are wrapped, objects proxied).
 * @returns {import('esbuild').Plugin} the plugin
 */
function lazyLoad() {
  const filter = new RegExp(`^(?:${lazyPackages.join('|')})$`)
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'real')
          return undefined
        const real = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' })
        return real.errors.length ? { errors: real.errors } : { path: real.path, namespace: 'lazy', pluginData: args.path }
      })
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => {
        const names = Object.entries(await import(args.pluginData))
        // Local names e0, e1, …: an export may be named like a keyword (zod exports `catch`).
        const wrap = ([name, value], index) => {
          const it = `real()[${JSON.stringify(name)}]`
          const local = typeof value === 'function'
            ? `function e${index}(...args) { return new.target ? Reflect.construct(${it}, args) : ${it}.apply(this, args) }`
            : `const e${index} = new Proxy({}, { get: (_, key) => ${it}[key], has: (_, key) => key in ${it}, ownKeys: () => Reflect.ownKeys(${it}), getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(${it}, key), configurable: true }) })`
          return `${local}\nexport { e${index} as ${name} }`
        }
        const contents = [`let loaded\nconst real = () => loaded ??= require(${JSON.stringify(args.path)})`, ...names.map(wrap)].join('\n')
        return { contents, loader: 'js', resolveDir: root }
      })
    },
  }
}

/** Make the bundle with esbuild; false when esbuild is missing or fails. */
async function make() {
  const esbuild = await import('esbuild').catch(() => undefined)
  if (!esbuild)
    return false
  mkdirSync(dist, { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp`
  const result = await esbuild.build({
    absWorkingDir: root, // metafile paths relative to the root
    entryPoints: [join(root, 'scripts/cli/main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Browser, Slidev and the PPTX writer stay in node_modules: large, and loaded only by the
    // commands that need them (pptxgenjs also imports node:fs dynamically, which a script run
    // from V8's code cache cannot do: seen as ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
    external: ['playwright-core', 'playwright-chromium', '@slidev/*', 'vite', 'esbuild', 'pdf-lib', 'pptxgenjs', 'jszip', 'image-size', '@node-rs/jieba', 'lindera-wasm-nodejs-ipadic'],
    minify: true,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    metafile: true,
    plugins: [lazyLoad()],
    logLevel: 'silent',
  }).catch(() => undefined)
  if (result) {
    const made = Object.keys(result.metafile.inputs).filter(file => !/^(?:node_modules\/|lazy:)/.test(file)) // packages: see the lockfile
    writeAtomic(inputs, JSON.stringify(made))
    renameSync(temporary, bundle)
    dropCaches()
  }
  else {
    rmSync(temporary, { force: true }) // a failed build leaves no half-written file in bin/dist
  }
  return Boolean(result)
}

/** Run the bundle's source with the code cache when V8 accepts it; returns its exports. */
function load() {
  const source = readFileSync(bundle, 'utf8')
  const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
  const bundled = { exports: {} }
  script.runInThisContext()(bundled.exports, Module.createRequire(bundle), bundled, bundle, dirname(bundle))
  // After a run the cache also holds the functions the run compiled; keep it for the next start.
  const keep = () => (!cachedData || script.cachedDataRejected) && writeAtomic(codeCache, script.createCachedData())
  return { main: bundled.exports.main, keep }
}

/**
 * The CLI's `main` from the bundle, made first when missing or older than a source;
 * undefined when it cannot be made or loaded (or TALKDOWN_NO_BUNDLE is set), so the caller uses tsx.
 * @returns {Promise<((argv: string[]) => Promise<number>) | undefined>} the CLI's main, or undefined
 */
async function bundledMain() {
  if (process.env.TALKDOWN_NO_BUNDLE)
    return undefined
  try {
    if (stale() && !await make())
      return undefined
    // The young generation starts at 1 MB and doubles after each scavenge: a first build
    // allocates about 70 MB and paid 10 scavenges and a mark-compact (50–80 ms) before it
    // reached full size. Growing it at once leaves 5 scavenges (about 25 ms). Set before the
    // bundle is compiled, so the code cache is made and read under the same flags.
    v8.setFlagsFromString('--semi-space-growth-factor=16')
    // A `build` is one short run: TurboFan's compiles cost more CPU than they save. Measured at
    // load 11 (15 runs): the seed's build took 454 ms of CPU without it, 600 ms with it; a 300 KB
    // article 2.4 s against 3.3 s. Sparkplug still compiles hot code. The long-running
    // commands (dev, export --watch) keep TurboFan for their warm regenerations.
    if (command === 'build')
      v8.setFlagsFromString('--no-opt')
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

module.exports = { bundledMain }
