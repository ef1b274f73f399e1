import { mergePlan, pageRanges, rangePages } from './merge-plan.ts'

describe('mergePlan', () => {
  it('prints everything for the first export', () => {
    expect(mergePlan(undefined, ['a', 'b'])).toEqual({ print: [0, 1], pages: [{ from: 'printed', page: 0 }, { from: 'printed', page: 1 }] })
  })

  it('prints only the edited slide and reuses the other pages in place', () => {
    expect(mergePlan(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual({
      print: [1],
      pages: [{ from: 'previous', page: 0 }, { from: 'printed', page: 0 }, { from: 'previous', page: 2 }],
    })
  })

  it('reuses moved pages after an insertion and prints nothing after a deletion', () => {
    expect(mergePlan(['a', 'b'], ['a', 'new', 'b']).pages).toEqual([{ from: 'previous', page: 0 }, { from: 'printed', page: 0 }, { from: 'previous', page: 1 }])
    expect(mergePlan(['a', 'b', 'c'], ['a', 'c'])).toEqual({ print: [], pages: [{ from: 'previous', page: 0 }, { from: 'previous', page: 2 }] })
  })

  it('reuses a page for two slides with the same key', () => {
    expect(mergePlan(['a', 'b'], ['b', 'b']).pages).toEqual([{ from: 'previous', page: 1 }, { from: 'previous', page: 1 }])
  })
})

describe('pageRanges', () => {
  it('writes 0-based positions as Chromium page ranges', () => {
    expect(pageRanges([0])).toBe('1')
    expect(pageRanges([2, 16, 17, 18, 30])).toBe('3,17-19,31')
    expect(pageRanges([])).toBe('')
  })
})

it('counts the pages of page ranges', () => {
  expect(rangePages(pageRanges([2, 16, 17, 18]))).toBe(4)
  expect(rangePages('1')).toBe(1)
})
