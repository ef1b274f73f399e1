import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'components/**/*.test.ts', 'test/**/*.test.ts'],
    globals: true,
    testTimeout: 60_000,
  },
})
