import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['scripts/**/*.test.ts', 'components/**/*.test.ts', 'test/**/*.test.ts'],
    globals: true,
    testTimeout: 60_000,
  },
})
