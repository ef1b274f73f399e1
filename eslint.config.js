// One linter and formatter for the whole repo: Anthony Fu's config, as Slidev uses.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  ignores: ['slides.md', 'test/fixtures/**', 'test/e2e/injection/**', 'dist/**', 'bin/dist/**', 'content/**', 'tmp/**', '*.md'],
  markdown: false,
})
