import { RunMemo } from './run-memo.ts'

describe('runMemo', () => {
  it('keeps what a run used for the next run, and forgets the rest', () => {
    const memo = new RunMemo<number>()
    memo.turn()
    memo.keep('a', 1)
    memo.keep('b', 2)
    memo.turn()
    expect(memo.find('a')).toBe(1)
    memo.turn()
    expect([memo.find('a'), memo.find('b')]).toEqual([1, undefined])
  })

  it('keeps the last run\'s values through a run that used none', () => {
    const memo = new RunMemo<string>()
    memo.keep('a', 'x')
    memo.turn()
    memo.turn()
    expect(memo.find('a')).toBe('x')
  })
})
