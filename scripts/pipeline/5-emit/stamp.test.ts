import { stamp, stampState } from './stamp.ts'

describe('stamp', () => {
  const text = stamp('---\ntheme: default\n---\n\n# Hi\n')
  it('recognises untouched output', () => {
    expect(stampState(text)).toBe('generated')
  })
  it('notices an edit anywhere', () => {
    expect(stampState(text.replace('Hi', 'Ho'))).toBe('edited')
  })
  it('tells a file it did not write', () => {
    expect(stampState('---\ntheme: default\n---\n')).toBe('foreign')
  })
})
