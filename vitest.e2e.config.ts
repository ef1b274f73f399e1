// Browser tests: a system Chromium against the built talk on 127.0.0.1. One file at
// a time (the machine has two cores and each file drives a browser).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globals: true,
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
})
