// The layering is enforced by the linter (eslint.config.js): these cases show each rule
// bites, and that a file keeping to the rules passes.
import path from 'node:path'
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
    expect(await broken('import { plan } from \'../pipeline/4-plan/plan.ts\'\n\nexport const planned = plan\n', 'scripts/io/x.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*import it through scripts\/pipeline\/index\.ts/),
    ])
  })
  it('keep the pipeline\'s folders out of import cycles', async () => {
    // The planner imports text/; a file of text/ importing the planner closes the cycle.
    const library = 'scripts/pipeline/text/x.ts'
    const stage = 'scripts/pipeline/4-plan/plan.ts'
    const specifier = path.posix.relative(path.posix.dirname(library), stage)
    const [text, plan] = [library, stage].map(file => path.posix.relative('scripts/pipeline', path.posix.dirname(file)))
    expect(await broken(`import { plan } from '${specifier}'\n\nexport const planned = plan\n`, library)).toEqual([
      `stages/no-stage-cycle: Import cycle between stage folders: ${text} → ${plan} → ${text}. Move the piece both need to a folder both may import.`,
    ])
    // The planner runs chart placement: placement importing the planner closes the cycle; the planner importing placement does not.
    const placing = 'scripts/pipeline/4-plan/4-place/x.ts'
    const place = path.posix.relative('scripts/pipeline', path.posix.dirname(placing))
    expect(await broken(`import { plan } from '${path.posix.relative(path.posix.dirname(placing), stage)}'\n\nexport const planned = plan\n`, placing)).toEqual([
      expect.stringContaining(`stage folders: ${place} → ${plan} → ${place}.`),
    ])
    const planning = path.posix.join(path.posix.dirname(stage), 'x.ts')
    const shown = path.posix.relative(path.posix.dirname(planning), 'scripts/pipeline/4-plan/4-place/shown-text.ts')
    expect(await broken(`import { isShown } from '${shown}'\n\nexport const shows = isShown\n`, planning)).toEqual([])
  })
  it('pass a file that keeps to them', async () => {
    expect(await broken('import { generate } from \'../pipeline/index.ts\'\n\nexport const run = generate\n', 'scripts/io/x.ts')).toEqual([])
    expect(await broken('import { textWidth } from \'../text/width.ts\'\n\nexport const measure = textWidth\n', 'scripts/pipeline/4-plan/x.ts')).toEqual([])
  })
})
