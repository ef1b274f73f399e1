// The committed slides.md must be exactly what `npm run slides` makes from content/ now.
import { readFileSync } from 'node:fs'
import { generateFromDisk } from '../scripts/io/build.ts'

it('slides.md is up to date with content/review.md', async () => {
  process.chdir(new URL('..', import.meta.url).pathname)
  const result = await generateFromDisk({ article: 'content/review.md', output: 'slides.md', force: false })
  expect(result.markdown, 'run `npm run slides` and commit slides.md').toBe(readFileSync('slides.md', 'utf8'))
})
