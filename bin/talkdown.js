#!/usr/bin/env node
// The CLI is TypeScript; tsx loads it without a separate compile step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../scripts/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
