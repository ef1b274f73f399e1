import { buildFailure } from './build-failure.ts'

describe('buildFailure', () => {
  it('finds the first error and the slide module it names', () => {
    const log = 'vite v8 building…\n✗ Build failed in 13.03s\nBuild failed with 1 error:\n\n\u001B[31m[UNRESOLVED_IMPORT] \u001B[0mCould not resolve \'/images/tpch.png\' in ../../deck/slides.md__slidev_5.md\n   ╭─[ ../../deck/slides.md__slidev_5.md:2:24 ]\n    at frame (x.js:1:1)\n'
    expect(buildFailure(log)).toEqual({ reason: '[UNRESOLVED_IMPORT] Could not resolve \'/images/tpch.png\'', slide: 5 })
  })
  it('reads a thrown error with the slide further down', () => {
    const log = 'ShikiError: Language `foo` is not included in this bundle.\n    at loadLanguage (shiki.mjs:1:1)\n  file: /deck/slides.md__slidev_12.md\n'
    expect(buildFailure(log)).toEqual({ reason: 'ShikiError: Language `foo` is not included in this bundle.', slide: 12 })
  })
  it('says something for a log without an error line', () => {
    expect(buildFailure('killed\n').reason).toBe('killed')
  })
})
