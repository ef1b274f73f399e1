#!/usr/bin/env node
// The CLI is TypeScript; tsx loads it without a separate compile step.
import process from 'node:process'
import { register } from 'tsx/esm/api'

register()
import('../scripts/cli/main.ts')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  })
