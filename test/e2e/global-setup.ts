// Build the seed's talk (slides.md) once and serve it on 127.0.0.1 for every e2e file.
import type { TestProject } from 'vitest/node'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { slidevBuild } from '../../scripts/browser/built-talk.ts'
import { chromiumHint, findChromium } from '../../scripts/browser/find-chromium.ts'
import { serveStatic } from '../../scripts/browser/serve-static.ts'
import { main } from '../../scripts/cli/main.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built seed talk. */
    seedUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!findChromium())
    throw new Error(chromiumHint)
  if (await main(['build']) !== 0)
    throw new Error('Cannot build slides.md from content/review.md, expected a clean build')
  const out = await mkdtemp(join(tmpdir(), 'talkdown-e2e-site-'))
  const built = await slidevBuild('slides.md', out)
  if (!built.ok)
    throw new Error(`Cannot build the seed talk with Slidev:\n${built.log}`)
  const server = await serveStatic(out)
  project.provide('seedUrl', server.url)
  return async () => {
    await server.close()
    await rm(out, { recursive: true, force: true })
  }
}
