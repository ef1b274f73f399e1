// What a printed page depends on besides its slide's text and the headmatter (which the
// slide keys hold): the project's styles, components, setup and public files, the
// lockfile (Slidev, its theme, Vue, the fonts), talkdown's version and the Chromium that
// prints. Any change to these makes every cached page a miss.
import type { Stats } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { digest } from '../../pipeline/index.ts'

// Folders Slidev reads beside slides.md that change how slides look. Files in public/ are
// taken by size and time (images may be large); the rest by content.
const byContent = ['styles', 'components', 'setup', 'layouts']
const byStat = ['public']
const files = ['package-lock.json', 'package.json', 'uno.config.ts', 'vite.config.ts', 'global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue']

/** Global layers may show the slide number or count on every slide (Slidev's `$nav`), so with one every key is positional. */
export const globalLayers = ['global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue']

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name)).sort()
}

function statOf(info: Stats | undefined): string {
  return info ? `${info.size}:${Math.round(info.mtimeMs)}` : 'none'
}

/** One stamp for the project at `root` printed by the browser at `chromium` with talkdown `version`. */
export async function cacheStamp(root: string, chromium: string, version: string): Promise<string> {
  const parts: string[] = [`talkdown ${version}`, `chromium ${chromium} ${statOf(await stat(chromium).catch(() => undefined))}`]
  for (const path of [...files.map(name => join(root, name)), ...(await Promise.all(byContent.map(name => walk(join(root, name))))).flat()]) {
    const text = await readFile(path).catch(() => undefined)
    parts.push(`${relative(root, path)} ${text ? digest(text) : 'none'}`)
  }
  for (const path of (await Promise.all(byStat.map(name => walk(join(root, name))))).flat())
    parts.push(`${relative(root, path)} ${statOf(await stat(path).catch(() => undefined))}`)
  return digest(parts.join('\n'), 'base64url', 22)
}
