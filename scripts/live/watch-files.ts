// Editors save in several steps (truncate and write, or write a temporary file and rename
// it), so we watch the folders, not the files, and wait for a quiet moment before acting.

import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { watch } from 'chokidar'
import { errorMessage } from '../io/cli-error.ts'

/** A running watch. */
export interface FileWatch {
  /** Stop watching. */
  close: () => Promise<void>
}

/** Call `onChange` once `quietMs` after the last change to any of `files` (which need not exist yet). */
export function watchFiles(files: string[], onChange: () => void, quietMs = 30): FileWatch {
  const wanted = new Set(files.map(file => resolve(file)))
  const folders = [...new Set([...wanted].map(file => dirname(file)))]
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(folders, {
    ignoreInitial: true,
    depth: 0,
    // Only our files; folders must pass so that their entries are seen.
    ignored: (path, stats) => Boolean(stats?.isFile()) && !wanted.has(resolve(path)),
  })
  watcher.on('all', (_event, path) => {
    if (typeof path !== 'string' || !wanted.has(resolve(path)))
      return
    clearTimeout(timer)
    timer = setTimeout(onChange, quietMs)
  })
  // A folder that cannot be watched (removed, permissions) must not end the session.
  watcher.on('error', error => process.stderr.write(`talkdown: watching ${folders.map(folder => basename(folder)).join(', ')}: ${errorMessage(error)}\n`))
  return {
    close: async () => {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
