// `npm test`'s second half: the browser tests, when a Chromium is on this machine.
// Without one they are skipped with one line, except on CI, where that is a failure.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { chromiumHint, findChromium } from '../browser/find-chromium.ts'

function run(): number {
  if (!findChromium()) {
    const ci = Boolean(process.env.CI) && process.env.CI !== 'false'
    process.stderr.write(`${ci ? '✗ browser tests cannot run on CI' : '⚠ skipped the browser tests (npm run test:e2e)'}: ${chromiumHint}\n`)
    return ci ? 1 : 0
  }
  const vitest = new URL('../../node_modules/vitest/vitest.mjs', import.meta.url).pathname
  return spawnSync(process.execPath, [vitest, 'run', '-c', 'vitest.e2e.config.ts'], { stdio: 'inherit' }).status ?? 1
}

process.exitCode = run()
