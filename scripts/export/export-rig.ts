// What a PDF export prints with: the Slidev process and a Chromium, started together (and
// before the deck is built, so both load meanwhile), closed together.
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { ExportServer } from './export-server.ts'
import { launchChromium } from '../browser/launch-chromium.ts'
import { passed } from '../io/debug.ts'
import { startExportServer } from './export-server.ts'

/** A Slidev process and a browser. */
export interface ExportRig {
  server: ExportServer
  /** Rejects with a CLIError (exit code 3) when no Chromium is installed. */
  browser: Promise<LaunchedChromium>
  /** Run `task` when the rig closes (static server, temporary site). */
  onClose: (task: () => Promise<void>) => void
  /** Stop everything; closing twice closes once. */
  close: () => Promise<void>
}

/** Start the Slidev process and Chromium. `ownSignals`: see launchChromium. */
export function startRig(ownSignals = false): ExportRig {
  const server = startExportServer()
  const browser = launchChromium(ownSignals)
  // A missing Chromium shows when the export asks for it; until then it must not crash the process.
  browser.catch(() => {})
  const tasks: (() => Promise<void>)[] = []
  let closed: Promise<void> | undefined
  const close = async (): Promise<void> => {
    const stopped = await Promise.allSettled([server.close(), browser.then(launched => launched.close()), ...tasks.splice(0).map(task => task())])
    stopped.forEach(result => result.status === 'rejected' && passed('closing the export\'s Slidev, Chromium or static server', result.reason))
  }
  return { server, browser, onClose: task => tasks.push(task), close: () => (closed ??= close()) }
}
