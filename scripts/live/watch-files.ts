// Editors save in several steps (truncate and write, or write a temporary file and rename
// it), so we watch the folders, not the files. We act on the first event, without a quiet
// time: callers run serially and make one more run for events during a run (serial.ts),
// so the last run always sees the finished save. Only an empty file waits a little, as
// Vite does for the files it reads: that is a save between its truncate and its write.

import { statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { setTimeout as delay } from 'node:timers/promises'
import { watch } from 'chokidar'
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

// Resolves once `path` is missing or not empty, or after `polls` checks 10 ms apart.
async function written(path: string, polls = 10): Promise<void> {
  for (let poll = 0; poll < polls; poll++) {
    if (size(path) !== 0)
      return
    await delay(10)
  }
}

/** Call `onChange` on each change to any of `files` (which need not exist yet). */
export function watchFiles(files: string[], onChange: () => void): FileWatch {
  const wanted = new Set(files.map(file => resolve(file)))
  const folders = [...new Set([...wanted].map(file => dirname(file)))]
  let open = true
  const watcher = watch(folders, {
    ignoreInitial: true,
    depth: 0,
    // Only our files; folders must pass so that their entries are seen.
    ignored: (path, stats) => Boolean(stats?.isFile()) && !wanted.has(resolve(path)),
  })
  watcher.on('all', (_event, path) => {
    if (typeof path === 'string' && wanted.has(resolve(path)))
      void written(path).then(() => open && onChange())
  })
  // A folder that cannot be watched (removed, permissions) must not end the session.
  watcher.on('error', error => process.stderr.write(`talkdown: watching ${folders.map(folder => basename(folder)).join(', ')}: ${errorMessage(error)}\n`))
  return {
    close: async () => {
      open = false
      await watcher.close()
    },
  }
}
