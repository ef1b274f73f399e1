import type { Point } from './point.ts'
import { heading, image, item, list, paragraph } from '../../../../test/support/points.ts'
import { plainText } from '../../text/phrasing.ts'
import { selectPoints } from './select-points.ts'

// What each slide shows, in order: a bullet by its text ("1. …" when its list keeps its
// numbers), a sub-heading by its text, an image by its URL. Points kept for the notes only
// show nothing and are left out.
function shown(points: Point[]): string[] {
  return points.flatMap((point) => {
    if (point.kind === 'bullet')
      return [`${point.ordered ? '1. ' : ''}${plainText(point.item!.children.flatMap(child => child.type === 'paragraph' ? child.children : []))}`]
    const [first] = point.body
    if (!first)
      return []
    if (first.type === 'paragraph' && first.children[0]?.type === 'image')
      return [first.children[0].url]
    return first.type === 'paragraph' ? [plainText(first.children)] : [first.type]
  })
}

function ordered(texts: string[]): Point[] {
  const group = list(true)
  return texts.map(text => item(text, group))
}

const room = { lines: 9, bullets: 6 }

describe('selectPoints', () => {
  it.each<[string, Point[][], string[][]]>([
    ['a list shown whole keeps its numbers', [ordered(['Alpha rises', 'Beta falls', 'Gamma holds'])], [['1. Alpha rises', '1. Beta falls', '1. Gamma holds']]],
    // Four items reach the aim of 75 em; the fifth and the pointer, ranked last, stay in the notes.
    ['a list shown in part loses them', [ordered(['Alpha rises sharply overnight', 'Beta falls slowly downward', 'Gamma holds steady all year', 'Delta grows faster than ever', 'Epsilon dips in the spring', 'See #28491 for more'])], [['Alpha rises sharply overnight', 'Beta falls slowly downward', 'Gamma holds steady all year', 'Delta grows faster than ever']]],
    ['a sub-heading shows above the sentence under it', [[heading('Results'), paragraph('Alpha rises sharply overnight')]], [['Results', 'Alpha rises sharply overnight']]],
    ['an image shows with the sentences', [[paragraph('Alpha rises sharply overnight'), image('/chart.png')]], [['Alpha rises sharply overnight', '/chart.png']]],
    ['a key point an earlier slide showed is not shown again', [[paragraph('Alpha rises sharply overnight')], [paragraph('Alpha rises sharply overnight'), paragraph('Beta falls slowly downward')]], [['Alpha rises sharply overnight'], ['Beta falls slowly downward']]],
    ['a fragment is never shown', [[paragraph('The total cost of'), paragraph('Beta falls slowly downward')]], [['Beta falls slowly downward']]],
  ])('%s', (_, chunks, expected) => {
    const selections = selectPoints(chunks, chunks.map(() => 60), room, 'en', 'Markets')
    expect(selections.map(selection => shown(selection.points))).toEqual(expected)
    // Every block of the article stays in the notes, shown or not.
    expect(selections.map(selection => selection.points.flatMap(point => point.notes))).toEqual(chunks.map(chunk => chunk.flatMap(point => point.notes)))
  })
})
