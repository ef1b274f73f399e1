import type { Paragraph } from 'mdast'
import { missingImages } from './missing-images.ts'

const missing = (alt: string, url: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'image', url: '', alt, data: { talkdownMissing: true, talkdownMissingUrl: url } }] })

describe('missingImages', () => {
  it('shows a missing image as a placeholder with its alt text, else its file name', () => {
    expect(missingImages([missing('A chart', 'img/a.png')], true)).toEqual([{ type: 'paragraph', children: [{ type: 'html', value: '<span class="td-missing-image" v-pre>A chart</span>' }] }])
    expect(missingImages([missing('', '/image/q/3.1%20a.png?x=1')], true)).toEqual([{ type: 'paragraph', children: [{ type: 'html', value: '<span class="td-missing-image" v-pre>3.1 a.png</span>' }] }])
  })
  it('writes it as bracketed text in the notes, escaped for the template on slides', () => {
    expect(missingImages([missing('', 'b.jpg')], false)).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '[b.jpg]' }] }])
    expect(JSON.stringify(missingImages([missing('<b>{{x}}</b>', 'c.png')], true))).toContain('&lt;b&gt;{{x}}&lt;/b&gt;</span>')
  })
})
