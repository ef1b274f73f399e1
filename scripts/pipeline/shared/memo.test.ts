import { memo } from './memo.ts'

describe('memo', () => {
  it('computes each key once, undefined results included', () => {
    const seen: string[] = []
    const length = memo((key) => {
      seen.push(key)
      return key === 'none' ? undefined : key.length
    })
    expect([length('ab'), length('ab'), length('none'), length('none')]).toEqual([2, 2, undefined, undefined])
    expect(seen).toEqual(['ab', 'none'])
  })

  it('forgets everything once it holds `limit` keys, and keeps answering', () => {
    let calls = 0
    const upper = memo((key) => {
      calls++
      return key.toUpperCase()
    }, 2)
    expect([upper('a'), upper('b'), upper('c'), upper('a')]).toEqual(['A', 'B', 'C', 'A'])
    expect(calls).toBe(4)
  })
})
