import type { CorpusBaseline, CorpusFigures } from './corpus-baseline.ts'
import { worseThan } from './corpus-baseline.ts'

const figures: CorpusFigures = { contentSlides: 20, fragments: 2, continued: 0.3, sparse: 0.1, empty: 0, minPx: 17.6, under18: 0.037, under14: 0, tex: 0, templates: 1, mdx: 0, diagrams: 0, badLabels: 1, secondsPerSlide: 47.5, shownSaid: 0.26, cut: 0, repeatedCharts: 0, overflow: 0 }

describe('worseThan', () => {
  it.each<[Partial<CorpusFigures>, string[]]>([
    [{}, []],
    [{ fragments: 1, continued: 0.1, minPx: 18, templates: 0, contentSlides: 30 }, []],
    [{ fragments: 3 }, ['deck: fragments 2 → 3']],
    [{ continued: 0.35 }, ['deck: continued 0.3 → 0.35']],
    [{ minPx: 16 }, ['deck: minPx 17.6 → 16']],
    [{ under14: 0.01 }, ['deck: under14 0 → 0.01']],
    [{ tex: 1, badLabels: 2 }, ['deck: tex 0 → 1', 'deck: badLabels 1 → 2']],
    // Pace and density are judged only past the talk's goals.
    [{ secondsPerSlide: 46 }, []],
    [{ secondsPerSlide: 44 }, ['deck: secondsPerSlide 47.5 → 44']],
    [{ shownSaid: 0.39 }, []],
    [{ shownSaid: 0.41 }, ['deck: shownSaid 0.26 → 0.41']],
  ])('%j', (change, lines) => {
    expect(worseThan({ deck: figures }, { deck: { ...figures, ...change } })).toEqual(lines)
  })
  it('names a deck without a baseline and a baseline deck no longer measured', () => {
    const baseline: CorpusBaseline = { gone: figures }
    expect(worseThan(baseline, { added: figures })).toEqual([
      'gone: in the baseline but not measured',
      'added: no baseline (UPDATE=1 npx vitest run -c vitest.e2e.config.ts test/e2e/decks.e2e.ts)',
    ])
  })
})
