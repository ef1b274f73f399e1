// Export and browser checks need a Chromium. We never download one: we look for
// CHROMIUM_PATH, a browser Playwright already installed, then the usual system places.

import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { CLIError, exitCode } from '../io/cli-error.ts'

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

function playwrightBrowsers(): string[] {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), process.platform === 'darwin' ? 'Library/Caches/ms-playwright' : '.cache/ms-playwright')
  if (!existsSync(root))
    return []
  return readdirSync(root).filter(name => name.startsWith('chromium')).sort().reverse().flatMap(name => [
    join(root, name, 'chrome-linux', 'chrome'),
    join(root, name, 'chrome-linux64', 'chrome'),
    join(root, name, 'chrome-mac', 'Chromium.app/Contents/MacOS/Chromium'),
  ])
}

/** Path of a Chromium to drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, ...playwrightBrowsers(), ...systemPaths].filter((path): path is string => Boolean(path))
  return candidates.find(path => existsSync(path))
}

/** One line telling the user how to get a Chromium. */
export const chromiumHint = 'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome) or set CHROMIUM_PATH to its executable.'

/** Path of a Chromium to drive; throws a CLIError (exit code 3, the hint as its message) when none is installed. */
export function requireChromium(): string {
  const path = findChromium()
  if (!path)
    throw new CLIError(chromiumHint, exitCode.noBrowser)
  return path
}

/** Flags that keep a headless Chromium off the network and away from the user's profile. */
export const quietChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps']
