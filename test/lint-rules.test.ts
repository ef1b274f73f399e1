// The layering is enforced by the linter (eslint.config.js): these cases show each rule
// bites, and that a file keeping to the rules passes.
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

/** The rules `code` breaks when it sits at `filePath`. */
async function broken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map(message => `${message.ruleId}: ${message.message}`)
}

describe('the layering rules', () => {
  it('keep file I/O out of the pipeline', async () => {
    expect(await broken('import { readFileSync } from \'node:fs\'\n\nexport const read = readFileSync\n', 'scripts/pipeline/x.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: 'node:fs' import is restricted .*The pipeline is pure/),
    ])
  })
  it('keep the edges below the CLI from importing it', async () => {
    expect(await broken('import { main } from \'../cli/main.ts\'\n\nexport const run = main\n', 'scripts/live/x.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only bin\/ and the CLI's tests import scripts\/cli/),
    ])
  })
  it('let the edges use the pipeline only through its public API', async () => {
    expect(await broken('import { plan } from \'../pipeline/plan/plan.ts\'\n\nexport const planned = plan\n', 'scripts/io/x.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*import it through scripts\/pipeline\/index\.ts/),
    ])
  })
  it('pass a file that keeps to them', async () => {
    expect(await broken('import { generate } from \'../pipeline/index.ts\'\n\nexport const run = generate\n', 'scripts/io/x.ts')).toEqual([])
    expect(await broken('import { textWidth } from \'../text/width.ts\'\n\nexport const measure = textWidth\n', 'scripts/pipeline/plan/x.ts')).toEqual([])
  })
})
