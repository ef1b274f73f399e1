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
      'plainTitle',
      'rankSentences',
      'remembered',
      'roomFromFit',
      'stampState',
      'stringify',
      'stringifyFit',
      'thinCharacters',
    ])
  })
  it('ranks every sentence once, best first, by the planner\'s scorer', () => {
    const ranked = api.rankSentences({
      title: 'Washington Monument repairs',
      paragraphs: [
        ['This post is a quick write-up of the news.', 'The Washington Monument will be under scaffolding for repairs to damaged marble.'],
        ['Officials said the Washington Monument repairs will cost $15 million.'],
      ],
    }, 'en')
    expect(ranked).toHaveLength(3)
    expect(new Set(ranked.map(place => `${place.paragraph}.${place.sentence}`))).toEqual(new Set(['0.0', '0.1', '1.0']))
    expect(ranked.at(-1)).toEqual({ paragraph: 0, sentence: 0 })
  })
})
