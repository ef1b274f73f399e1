import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['scripts/**/*.test.ts', 'components/**/*.test.ts', 'setup/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globals: true,
    testTimeout: 120_000,
  },
})
