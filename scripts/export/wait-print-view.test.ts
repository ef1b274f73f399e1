import type { Page } from 'playwright-core'
import type { PrintState } from './print-state.ts'
import { missing, showsGoal, waitForPrintView } from './wait-print-view.ts'

const done: PrintState = { slides: 3, loading: 0, undrawn: 0, images: 0, fontsLoading: false, waitFor: 0, stamps: ['a', 'b', 'c'] }

describe('showsGoal', () => {
  it('accepts a complete view with nothing in flight', () => {
    expect(showsGoal(done, { slides: 3 }, 0)).toBe(true)
  })

  it('waits for every slide, loading placeholders, charts, images, fonts and requests', () => {
    const unready: Partial<PrintState>[] = [{ slides: 2 }, { loading: 1 }, { undrawn: 1 }, { images: 1 }, { fontsLoading: true }, { waitFor: 1 }]
    expect(unready.map(part => showsGoal({ ...done, ...part }, { slides: 3 }, 0))).toEqual(unready.map(() => false))
    expect(showsGoal(done, { slides: 3 }, 1)).toBe(false)
  })

  it('waits a moment after the last hot update', () => {
    expect(showsGoal(done, { slides: 3, sinceUpdate: () => 50 }, 0)).toBe(false)
    expect(showsGoal(done, { slides: 3, sinceUpdate: () => 500 }, 0)).toBe(true)
  })
})

describe('missing', () => {
  it('says in one line what the view lacks', () => {
    expect(missing({ ...done, slides: 2, loading: 1, fontsLoading: true }, { slides: 3 })).toBe('2 of 3 slides shown, 1 still loading, fonts loading')
    expect(missing(undefined, { slides: 3 })).toBe('the page never answered')
  })
})

describe('waitForPrintView', () => {
  it('gives up at once on a closed page (its browser closed), instead of polling until the timeout', async () => {
    const page = { isClosed: () => true, evaluate: async () => done } as unknown as Page
    await expect(waitForPrintView(page, { slides: 3 }, () => 0, 60_000)).rejects.toThrow('the print view was closed')
  })
})
