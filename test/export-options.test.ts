// `talkdown export` option mistakes: one line each, before anything is built.
import { main } from '../scripts/cli/main.ts'

let output: string[]

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

it.each([
  [['--format', 'docx'], 'Cannot export to `docx`, expected pdf, pptx or pptx-images'],
  [['--format', 'pptx', '--handout'], 'Cannot make a handout as pptx, expected --handout alone or with --format pdf'],
  [['--format', 'pptx-images', '--watch'], 'Cannot watch a handout or a pptx-images export, expected --watch alone or with --format pdf'],
])('refuses export %j', async (args, message) => {
  expect(await main(['export', ...args])).toBe(2)
  expect(output.join('')).toContain(message)
  expect(output.join('')).not.toMatch(/\n\s+at /)
})
