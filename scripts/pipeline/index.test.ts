import * as api from './index.ts'

describe('the pipeline', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'VFile',
      'canvas',
      'chartRows',
      'chartSummary',
      'deckOutline',
      'digest',
      'doublings',
      'emptyFit',
      'fatalMessage',
      'generate',
      'handoutHtml',
      'handoutPage',
      'hasFatal',
      'isFragment',
      'langTags',
      'lowerRoom',
      'parseCached',
      'parseFit',
      'remembered',
      'roomFromFit',
      'stampState',
      'stringify',
      'stringifyFit',
      'thinCharacters',
    ])
  })
})
