// @ts-check
// Slidev for `talkdown export`, in a process of its own started by export-server.ts, with
// one of two jobs: `build` (Slidev's own production build of the deck with its print view
// on, for a one-off export: on 2 cores it is ready in about half the time the dev server
// takes to serve the 500 modules of the print view) or `serve` (Slidev's server in export
// mode, for `--watch`, which needs hot updates). Plain JavaScript on purpose: under tsx's
// loader hooks Node loads Slidev and Vite about twice as slowly (1.5 s → 3 s) and the server
// answers more slowly too. It starts loading Slidev at once, while the parent builds slides.md.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'

const loading = import('@slidev/cli')
// When Slidev was loaded, from the start of this process (for the export's profile).
const loaded = loading.then(() => performance.now())

/** @type {import('vite').ViteDevServer | undefined} */
let server

/** @param {{ type: string, [key: string]: unknown }} message */
function send(message) {
  process.send?.(message)
}

// What Slidev's own dev command does on a change of slides.md; without it the server would
// keep serving the old slides. A change Slidev cannot hot-update needs a new server.
/** @param {import('@slidev/types').ResolvedSlidevOptions} options @param {typeof import('@slidev/cli').parser} parser */
function loadData(options, parser) {
  const restartOn = ['theme', 'fonts', 'css', 'mdc', 'routerMode', 'monaco', 'editor', 'seoMeta']
  /** @param {Record<string, string>} source */
  return async (source) => {
    const loaded = await parser.load(options, options.entry, source, 'export')
    const config = parser.resolveConfig(loaded.headmatter, options.data.themeMeta, options.entry)
    const old = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (options.data.config))
    const now = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (config))
    const changed = restartOn.find(key => JSON.stringify(now[key]) !== JSON.stringify(old[key]))
    if (changed || (loaded.headmatter.theme ?? 'default') !== options.themeRaw) {
      send({ type: 'restart', reason: `the deck's \`${changed ?? 'theme'}\` setting changed` })
      return false
    }
    return { ...loaded, themeMeta: options.data.themeMeta, config }
  }
}

/** @typedef {{ type: string, entry: string, cacheDir: string, include: string[], outDir: string }} Job */

/** @param {Job} job */
async function serve(job) {
  const { createServer, parser, resolveOptions } = await loading
  const options = await resolveOptions({ entry: job.entry }, 'export')
  server = await createServer(options, {
    cacheDir: job.cacheDir,
    clearScreen: false,
    logLevel: 'error',
    optimizeDeps: { include: job.include },
    // Transform the app while Chromium starts, instead of one request at a time after.
    server: { host: '127.0.0.1', port: 0, warmup: { clientFiles: [join(options.clientRoot, 'main.ts')] } },
  }, { loadData: loadData(options, parser) })
  await server.listen(0)
  const address = server.httpServer?.address()
  send({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 })
}

// Slidev's build command is not exported; its module is, under a hashed name.
/** @param {Job} job */
async function build(job) {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'dist')
  const chunk = readdirSync(dist).find(name => /^build-[\w-]+\.mjs$/.test(name))
  if (!chunk)
    throw new Error(`Cannot find Slidev's build module in ${dist}`)
  const [{ resolveOptions }, slidev] = await Promise.all([loading, import(join(dist, chunk))])
  const started = performance.now()
  const options = await resolveOptions({ entry: job.entry }, 'build')
  const resolved = performance.now()
  // The print view, as with `download: true`, but without Slidev exporting a PDF itself.
  await slidev.build(options, {
    cacheDir: job.cacheDir,
    logLevel: 'error',
    define: { __SLIDEV_FEATURE_PRINT__: 'true' },
    build: { outDir: job.outDir, emptyOutDir: true, minify: false, reportCompressedSize: false, rollupOptions: { checks: { bundlerTimings: false } } },
  }, {})
  // Milliseconds of each phase, for TALKDOWN_PROFILE: loading Slidev (from this process's
  // start), resolving the deck's options (parsing slides.md, the theme), Vite's build.
  send({ type: 'built', phases: { 'Slidev load': await loaded, 'Slidev options': resolved - started, 'Vite build': performance.now() - resolved } })
}

process.on('message', (/** @type {Job} */ job) => {
  if (job.type === 'serve' || job.type === 'build') {
    (job.type === 'serve' ? serve : build)(job).catch((/** @type {unknown} */ error) => {
      // A build error's first line is only "Build failed with 1 error:"; the next ones say which.
      send({ type: 'failed', message: error instanceof Error ? error.message.split('\n').filter(Boolean).slice(0, 3).join(' ') : String(error) })
    })
  }
  else if (job.type === 'stop') {
    void (server?.close() ?? Promise.resolve()).finally(() => process.exit(0))
  }
})
// The parent is gone (it ended or crashed): nothing of the export may outlive it.
process.on('disconnect', () => process.exit(0))
