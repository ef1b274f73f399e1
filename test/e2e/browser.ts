// One Chromium per e2e file: launched before its tests, closed after.
import type { LaunchedChromium } from '../../scripts/browser/launch-chromium.ts'
import { launchChromium } from '../../scripts/browser/launch-chromium.ts'

/** A Chromium for the current test file; call `current()` inside tests. */
export function useChromium(): () => LaunchedChromium {
  let browser: LaunchedChromium | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser)
      throw new Error('Cannot use Chromium outside a test, expected useChromium() in the file')
    return browser
  }
}
