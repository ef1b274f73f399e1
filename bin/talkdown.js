#!/usr/bin/env node
// The CLI is TypeScript: it runs from a prebuilt bundle when one can be made (fast-start.js),
// else tsx loads it without a separate compile step. bin/ is CommonJS (bin/package.json):
// Node then starts without setting up its ES module loader (about 8 ms of every start).
const process = require('node:process')
const { bundledMain } = require('./fast-start.js')

async function viaTsx() {
  const { register } = await import('tsx/esm/api')
  register()
  return (await import('../scripts/cli/main.ts')).main
}

bundledMain()
  .then(main => main ?? viaTsx())
  .then(main => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  })
