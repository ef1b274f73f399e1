import { generate, VFile } from '../generate.ts'
import { handoutHtml } from './handout-html.ts'

describe('handoutHtml', () => {
  it.each([
    ['# 振り返り\n\n今年は新しいことに挑戦しました。\n', 'ja-JP', 'Noto Sans JP'],
    ['# 回顾\n\n今年我们尝试了很多新的事情。\n', 'zh-CN', 'Noto Sans SC'],
    ['# Review\n\nThis year we tried many new things.\n', 'en-US', 'Noto Sans SC'],
  ])('names the language and the notes\' font of %j', (value, tag, font) => {
    const html = handoutHtml(generate({ article: new VFile({ path: 'a.md', value }) }).deck!, [])
    expect(html).toContain(`<html lang="${tag}">`)
    expect(html).toContain(`font-family: '${font}'`)
  })
})
