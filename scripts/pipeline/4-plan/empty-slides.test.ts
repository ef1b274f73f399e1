import type { RootContent } from 'mdast'
import type { Slide } from '../model/deck.ts'
import { showsContent, SlideCollector } from './empty-slides.ts'

const text = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] })

function slide(title: string, body: RootContent[], kind: Slide['kind'] = 'content'): Slide {
  return { kind, title, layout: 'default', routeAlias: title, body, notes: [text(`${title} notes`)], seconds: 5 }
}

describe('empty slides', () => {
  it('finds a slide that shows nothing but its title', () => {
    expect(showsContent(slide('a', []))).toBe(false)
    expect(showsContent(slide('a', [{ type: 'html', value: '<style>x</style>' }]))).toBe(false)
    // A missing image without alt text still shows its placeholder (the file's name).
    expect(showsContent(slide('a', [{ type: 'paragraph', children: [{ type: 'image', url: '', alt: '', data: { talkdownMissing: true, talkdownMissingUrl: 'a.png' } }] }]))).toBe(true)
    expect(showsContent(slide('a', [{ type: 'paragraph', children: [{ type: 'image', url: '', alt: 'Chart', data: { talkdownMissing: true } }] }]))).toBe(true)
    expect(showsContent(slide('a', [text('words')]))).toBe(true)
    expect(showsContent(slide('Chapter', [], 'chapter'))).toBe(true)
    expect(showsContent(slide('Quote', [{ type: 'blockquote', children: [{ type: 'paragraph', children: [] }] }], 'quote'))).toBe(false)
    expect(showsContent(slide('Quote', [{ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Words.' }] }] }], 'quote'))).toBe(true)
  })
  it('leaves an empty slide out and hands its heading and notes to the slide before', () => {
    const collector = new SlideCollector()
    collector.add(slide('First', [text('shown')]))
    expect(collector.add(slide('Styled', [{ type: 'html', value: '<style>x</style>' }]), 'Styled')).toBe(false)
    expect(collector.slides.map(s => s.title)).toEqual(['First'])
    expect(collector.slides[0]!.notes.map(note => note.type === 'paragraph' && note.children[0]!.type === 'strong' ? 'strong' : 'text')).toEqual(['text', 'strong', 'text'])
    expect(collector.slides[0]!.seconds).toBe(10)
  })
  it('hands notes of empty slides at the start to the next slide kept', () => {
    const collector = new SlideCollector()
    collector.add(slide('Introduction', []))
    collector.add(slide('Next', [text('shown')]))
    expect(collector.slides[0]!.notes).toEqual([text('Introduction notes'), text('Next notes')])
  })
  it('hands on the title of a part that no divider shows, before the heading', () => {
    const collector = new SlideCollector()
    collector.add(slide('First', [text('shown')]))
    collector.add(slide('Section', []), 'Section', 'Part')
    const strong = collector.slides[0]!.notes.flatMap(note => note.type === 'paragraph' && note.children[0]!.type === 'strong' && note.children[0].children[0]!.type === 'text' ? [note.children[0].children[0].value] : [])
    expect(strong).toEqual(['Part', 'Section'])
  })
})
