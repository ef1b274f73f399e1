// `talkdown export` option mistakes: one line each, before anything is built.
import { main } from '../scripts/cli/main.ts'
import { captureStderr } from './support/capture-stderr.ts'

const stderr = captureStderr()

it.each([
  [['--format', 'docx'], 'Cannot export to `docx`, expected pdf, pptx or pptx-images'],
  [['--format', 'pptx', '--handout'], 'Cannot make a handout as pptx, expected --handout alone or with --format pdf'],
  [['--format', 'pptx-images', '--watch'], 'Cannot watch a handout or a pptx-images export, expected --watch alone or with --format pdf'],
])('refuses export %j', async (args, message) => {
  expect(await main(['export', ...args])).toBe(2)
  expect(stderr.lines().join('')).toContain(message)
  expect(stderr.lines().join('')).not.toMatch(/\n\s+at /)
})
