// One linter and formatter for the whole repo: Anthony Fu's config, as Slidev uses.
// The layering is checked here too: the pipeline is pure (no file system, no processes,
// no edges), the edges below the CLI never reach up into it, and the edges and the bench
// use the pipeline only through its public API (scripts/pipeline/index.ts); no two folders
// of the pipeline import each other, directly or round a longer cycle (scripts/lint/).
import antfu from '@antfu/eslint-config'
import stages from './scripts/lint/no-stage-cycle.js'

const pipelinePurity = {
  paths: ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:child_process', 'child_process'].map(name => ({ name, message: 'The pipeline is pure: file and process I/O belongs in scripts/io or the edges.' })),
  patterns: [{ group: ['**/io/**', '**/cli/**', '**/live/**', '**/export/**', '**/browser/**'], message: 'The pipeline does not import the edges; they import it.' }],
}

const noCli = { group: ['**/cli/**'], message: 'Only bin/ and the CLI\'s tests import scripts/cli; move what you need into scripts/io.' }
const publicApi = { group: ['**/pipeline/*/**', '**/pipeline/generate.ts'], message: 'Outside the pipeline, import it through scripts/pipeline/index.ts.' }

export default antfu(
  {
    vue: true,
    typescript: true,
    ignores: ['slides.md', 'test/fixtures/**', 'test/e2e/injection/**', 'dist/**', 'bin/dist/**', 'content/**', 'tmp/**', '*.md'],
    markdown: false,
  },
  {
    files: ['scripts/pipeline/**'],
    rules: { 'no-restricted-imports': ['error', pipelinePurity] },
  },
  {
    files: ['scripts/pipeline/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { stages },
    rules: { 'stages/no-stage-cycle': 'error' },
  },
  {
    files: ['scripts/pipeline/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: pipelinePurity.patterns }] },
  },
  {
    files: ['scripts/io/**', 'scripts/live/**', 'scripts/export/**', 'scripts/browser/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, publicApi] }] },
  },
  {
    files: ['scripts/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [publicApi] }] },
  },
)
