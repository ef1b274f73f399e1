import type { Section } from '../../model/deck.ts'
import type { FitEntry } from './fit-table.ts'
import { lowerRoom, parseFit, roomFloor, roomFromFit, sectionHash, stringifyFit } from './fit-table.ts'

const section = (title: string, text: string): Section => ({ title, blocks: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

describe('fit table', () => {
  it('gives a measured section its share, and ignores the entry once the text changes', () => {
    const measured = section('A', 'old text')
    const room = roomFromFit({ sections: [{ title: 'A', hash: sectionHash(measured), room: 0.64 }] })
    expect(room(measured)).toBe(0.64)
    expect(room(section('A', 'new text'))).toBe(1)
    expect(room(section('B', 'old text'))).toBe(1)
  })

  it('collects every planned section when asked, also those the table does not name', () => {
    const seen: FitEntry[] = []
    const room = roomFromFit({ sections: [] }, seen)
    expect(room(section('B', 'text'))).toBe(1)
    expect(seen).toEqual([{ title: 'B', hash: sectionHash(section('B', 'text')), room: 1 }])
  })

  it('lowers overflowing sections by a factor down to the floor and drops what was not seen', () => {
    const seen = [{ title: 'A', hash: '0123456789abcdef', room: 1 }, { title: 'B', hash: 'fedcba9876543210', room: 0.45 }, { title: 'C', hash: '00000000000000aa', room: 0.8 }]
    const next = lowerRoom(seen, new Set(['A', 'B']))
    expect(next.sections).toEqual([{ title: 'A', hash: '0123456789abcdef', room: 0.8 }, { title: 'B', hash: 'fedcba9876543210', room: roomFloor }, seen[2]])
    expect(lowerRoom(seen.slice(0, 1), new Set()).sections).toEqual([])
  })

  it('round-trips through its file text and rejects anything else', () => {
    const table = { sections: [{ title: '引言', hash: '0123456789abcdef', room: 0.8 }] }
    expect(parseFit(stringifyFit(table))).toEqual(table)
    expect(parseFit('{"sections":[{"title":"x","hash":"zz","room":2}]}')).toBeUndefined()
    expect(parseFit('not json')).toBeUndefined()
  })
})
