// `talkdown dev [article]`: the watch loop beside the Slidev dev server, one command, and
// the print view it keeps for exports (kept-view.ts, dev-print.ts), whose Chromium starts on
// the first export. Ctrl-C (or SIGTERM, SIGHUP) stops all three; the server stopping on its
// own stops the rest.

import type { ChildProcess } from 'node:child_process'
import type { LaunchedChromium } from '../browser/launch-chromium.ts'
import type { KeptView } from '../export/kept-view.ts'
import type { ParsedOptions } from './options.ts'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { launchChromium } from '../browser/launch-chromium.ts'
import { serveDevPrint } from '../export/dev-print.ts'
import { keepPrintView } from '../export/kept-view.ts'
import { CLIError, exitCode } from '../io/cli-error.ts'
import { passed } from '../io/debug.ts'
import { say } from '../io/report.ts'
import { portFree } from '../live/port-free.ts'
import { exited, startSlidev } from '../live/slidev-process.ts'
import { watchLoop } from '../live/watch-loop.ts'
import { articleArgument } from './article-argument.ts'
import { minutesOption } from './minutes-option.ts'

function port(value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < 1 || number > 65535)
    throw new CLIError(`Cannot use port \`${value}\`, expected a number from 1 to 65535`, exitCode.badInput)
  return number
}

// Forward the stop signals to the server and resolve once it is gone (killed if it lingers).
function stopOnSignals(child: ChildProcess): () => void {
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal)
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  signals.forEach(signal => process.on(signal, forward))
  return () => signals.forEach(signal => process.off(signal, forward))
}

// The print view for exports, on dev's server; its Chromium starts when the first export asks
// (an open view costs about 490 MiB and re-renders every edit: README.md, Printing while dev runs).
function printViewFor(url: string, slides: string): { kept: KeptView, close: () => Promise<void> } {
  let browser: Promise<LaunchedChromium> | undefined
  let stopping = false
  const context = async (): Promise<LaunchedChromium['context']> => {
    if (!browser) {
      say('talkdown: keeping a print view open for exports; it closes with dev')
      browser = launchChromium(true)
    }
    return (await browser).context
  }
  const kept = keepPrintView(context, url, slides, () => stopping)
  const close = async (): Promise<void> => {
    stopping = true
    await browser?.then(launched => launched.close()).catch((error: unknown) => passed('closing dev\'s print view', error))
  }
  return { kept, close }
}

/** Run `talkdown dev`: regenerate on every save and serve the talk until stopped. */
export async function devCommand(options: ParsedOptions, positionals: string[]): Promise<number> {
  const article = articleArgument(positionals)
  const serverPort = port(options.port)
  if (!await portFree(serverPort))
    throw new CLIError(`Cannot serve the talk on port ${serverPort}: it is in use. Stop what uses it, or pass --port <number>.`, exitCode.portInUse)
  const loop = watchLoop({ article, output: options.output, settings: options.settings, force: options.force, minutes: minutesOption(options.minutes) })
  // Nothing to serve yet: the first build's messages are above.
  const first = await loop.first
  if ((first === 'invalid' || first === 'failed') && !existsSync(options.output)) {
    await loop.close()
    return first === 'invalid' ? exitCode.badInput : exitCode.failed
  }
  const server = startSlidev(options.output, serverPort)
  const release = stopOnSignals(server)
  // A `talkdown export` of this deck meanwhile prints in this view (dev-print.ts).
  const view = options['no-print-view'] ? undefined : printViewFor(`http://127.0.0.1:${serverPort}`, options.output)
  const answering = view && await serveDevPrint(options.output, view.kept)
  const code = await exited(server)
  release()
  // Chromium goes with dev, whatever ended it.
  await Promise.all([loop.close(), answering?.close(), view?.close()])
  // Stopped by a signal we forwarded: a normal end of the session.
  return server.signalCode ? 0 : code
}
