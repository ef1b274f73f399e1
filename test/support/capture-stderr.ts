// What the CLI prints on stderr during a test: one capture for every CLI test.

import process from 'node:process'
/** Lines written to stderr since the last `beforeEach`; stderr is silenced meanwhile. */
export function captureStderr(): { lines: () => string[] } {
  let output: string[] = []
  beforeEach(() => {
    output = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
  return { lines: () => output }
}
