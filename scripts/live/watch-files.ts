// Editors save in several steps (truncate and write, or write a temporary file and rename
// it), so we watch the folders, not the files. We act on the first event, without a quiet
// time: callers run serially and make one more run for events during a run (serial.ts),
// so the last run always sees the finished save. Only an empty file waits a little, as
// Vite does for the files it reads: that is a save between its truncate and its write.
// Node's own fs.watch, not chokidar: chokidar drops a file's second change within 50 ms
// (a save landing while the first one's run reads the file was lost) and stats each event.

import type { FSWatcher } from 'node:fs'
import { statSync, watch } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { setTimeout as delay } from 'node:timers/promises'
import { errorMessage } from '../io/cli-error.ts'

/** A running watch. */
export interface FileWatch {
  /** Stop watching. */
  close: () => Promise<void>
}

// The size of `path`, undefined when it cannot be looked at (a stat now, not a round trip
// through the thread pool: this is on the way from the save to the screen).
function size(path: string): number | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size
  }
  catch {
    return undefined
  }
}

/** Resolves to true once `path` is missing or not empty, to false when it is still empty after `polls` checks 10 ms apart. */
export async function written(path: string, polls = 10): Promise<boolean> {
  for (let poll = 0; poll < polls; poll++) {
    if (size(path) !== 0)
      return true
    await delay(10)
  }
  return false
}

// A folder that cannot be watched (missing, removed, permissions) must not end the session.
function complain(folder: string, error: unknown): void {
  process.stderr.write(`talkdown: watching ${basename(folder)}: ${errorMessage(error)}\n`)
}

/** Call `onChange` on each change to any of `files` (which need not exist yet). */
export function watchFiles(files: string[], onChange: () => void): FileWatch {
  const wanted = new Set(files.map(file => resolve(file)))
  let open = true
  const watchers = [...new Set([...wanted].map(file => dirname(file)))].flatMap((folder): FSWatcher[] => {
    try {
      const watcher = watch(folder, (_event, name) => {
        const path = name ? join(folder, name.toString()) : undefined
        if (path && wanted.has(path))
          void written(path).then(() => open && onChange())
      })
      return [watcher.on('error', error => complain(folder, error))]
    }
    catch (error) {
      complain(folder, error)
      return []
    }
  })
  return {
    close: async () => {
      open = false
      watchers.forEach(watcher => watcher.close())
    },
  }
}
