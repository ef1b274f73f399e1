// A local ESLint rule: no import cycle between the pipeline's folders. Each folder under
// scripts/pipeline (nested ones included) is a unit; an import from one unit to another is an
// error when the other already reaches back to it, directly or through further units. Only the
// linted file's own imports are read from its source; the rest of the graph is read from disk
// (tests left out: they may reach across stages, nothing imports them). The message names the
// cycle, so the shared piece can move to where both sides may import it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// Relative specifiers of static imports, re-exports and dynamic imports.
const SPECIFIER = /\b(?:from|import)\s*(?:\(\s*)?['"](\.{1,2}\/[^'"]+)['"]/g
const SOURCE = /\.(?:ts|js|mjs|vue)$/
const TEST = /\.test\.ts$/

/** Each read file's relative import targets, kept while its modification time holds. */
const read = new Map()

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory())
      return sourceFiles(full)
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [full] : []
  })
}

function targetsOf(file) {
  const { mtimeMs } = statSync(file)
  const known = read.get(file)
  if (known?.mtimeMs === mtimeMs)
    return known.targets
  const targets = [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map(match => path.resolve(path.dirname(file), match[1]))
  read.set(file, { mtimeMs, targets })
  return targets
}

const inside = (root, dir) => dir === root || dir.startsWith(`${root}${path.sep}`)

/** Folder → folders it imports, over the files under `root` other than `skip`. */
function folderGraph(root, skip) {
  const graph = new Map()
  for (const file of sourceFiles(root)) {
    if (file === skip)
      continue
    const from = path.dirname(file)
    for (const target of targetsOf(file)) {
      const to = path.dirname(target)
      if (to !== from && inside(root, to))
        graph.set(from, (graph.get(from) ?? new Set()).add(to))
    }
  }
  return graph
}

/** The shortest chain of folders from `start` to `goal` in `graph`, or undefined. */
function chain(graph, start, goal) {
  const before = new Map([[start, undefined]])
  const queue = [start]
  while (queue.length) {
    const at = queue.shift()
    if (at === goal) {
      const steps = []
      for (let step = at; step !== undefined; step = before.get(step))
        steps.unshift(step)
      return steps
    }
    for (const next of [...(graph.get(at) ?? [])].sort()) {
      if (!before.has(next)) {
        before.set(next, at)
        queue.push(next)
      }
    }
  }
  return undefined
}

const noStageCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycle between the folders of the pipeline' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { cycle: 'Import cycle between stage folders: {{cycle}}. Move the piece both need to a folder both may import.' },
  },
  create(context) {
    const root = path.resolve(context.cwd, context.options[0]?.root ?? 'scripts/pipeline')
    const file = path.resolve(context.cwd, context.filename)
    const from = path.dirname(file)
    if (!inside(root, from) || TEST.test(file))
      return {}
    let graph
    const check = (source) => {
      if (typeof source?.value !== 'string' || !/^\.{1,2}\//.test(source.value))
        return
      const to = path.dirname(path.resolve(from, source.value))
      if (to === from || !inside(root, to))
        return
      graph ??= folderGraph(root, file)
      const back = chain(graph, to, from)
      if (back) {
        const cycle = [from, ...back].map(dir => path.relative(root, dir) || '.').join(' → ')
        context.report({ node: source, messageId: 'cycle', data: { cycle } })
      }
    }
    return {
      ImportDeclaration: node => check(node.source),
      ExportNamedDeclaration: node => check(node.source),
      ExportAllDeclaration: node => check(node.source),
      ImportExpression: node => check(node.source),
    }
  },
}

export default { rules: { 'no-stage-cycle': noStageCycle } }
