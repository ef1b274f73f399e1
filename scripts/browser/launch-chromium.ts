// Chromium for checks and handouts: the system browser (never a download), quiet
// flags, and a fresh profile so nothing of the user's is read or written.

import type { BrowserContext } from 'playwright-core'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { canvas } from '../pipeline/index.ts'
import { quietChromiumArgs, requireChromium } from './find-chromium.ts'

/** A launched browser context and how to dispose of it. */
export interface LaunchedChromium {
  /** The browser context (one per launch). */
  context: BrowserContext
  /** Close the browser and remove its profile. */
  close: () => Promise<void>
}

/**
 * Launch a headless Chromium with a 980×552 viewport; rejects with a CLIError (exit code 3)
 * when none is installed. `ownSignals`: the caller closes it on Ctrl-C (Playwright would
 * otherwise close it itself and end the process with code 130).
 */
export async function launchChromium(ownSignals = false): Promise<LaunchedChromium> {
  const executablePath = requireChromium()
  const profile = await mkdtemp(join(tmpdir(), 'talkdown-chromium-'))
  const signals = { handleSIGINT: !ownSignals, handleSIGTERM: !ownSignals, handleSIGHUP: !ownSignals }
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: quietChromiumArgs, viewport: { ...canvas }, ...signals })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
