import type { Root } from 'mdast'
import type { Point } from './point.ts'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { plainText } from '../../text/phrasing.ts'
import { embeddedFrames, embeddedPost } from './embed.ts'
import { points } from './points.ts'

const tweet = '<blockquote class="twitter-tweet" data-lang="ja"><p lang="ja" dir="ltr">ビルドが通った<a href="https://t.co/AbCdEf1234">https://t.co/AbCdEf1234</a></p>&mdash; 山田 花子 (@hanako_dev) <a href="https://twitter.com/hanako_dev/status/1234567890?ref_src=twsrc%5Etfw">2018年4月12日</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
const tweetWithPicture = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Where is the new release?  <a href="https://twitter.com/hashtag/release?src=hash">#release</a> <a href="https://t.co/XyZ123">pic.twitter.com/XyZ123</a></p>&mdash; Alex Example (@alex) <a href="https://twitter.com/alex/status/1">June 1, 2019</a></blockquote>'
const handleOnly = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Shipped it.</p>&mdash; @someone <a href="https://twitter.com/someone/status/2">May 1, 2020</a></blockquote>'
const linkOnly = '<blockquote class="twitter-tweet" data-lang="ja" data-dnt="true"><a href="https://twitter.com/a/status/3">ツイートを表示</a></blockquote>'
const bluesky = '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/y"><p lang="en">Hello from the sky.</p>&mdash; Jane Doe (<a href="https://bsky.app/profile/did:plc:x?ref_src=embed">@jane.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:x/post/y?ref_src=embed">March 3, 2024 at 9:00 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>'
const instagram = '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ABC/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/ABC/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/ABC/">A post shared by Taro Yamada (@taro)</a></p></div></blockquote>'
const mastodon = '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/1/embed"><a href="https://mastodon.social/@Gargron/1" target="_blank"><div>Post by @Gargron@mastodon.social</div><div>View on Mastodon</div></a></blockquote>'

describe('embeddedPost', () => {
  it.each([
    ['a Japanese tweet: its words without the t.co link, the name without the handle, the link without ref_src', tweet, { site: 'X (Twitter)', text: 'ビルドが通った', author: '山田 花子', url: 'https://twitter.com/hanako_dev/status/1234567890' }],
    ['a tweet with a picture keeps its hashtag, not the picture link', tweetWithPicture, { site: 'X (Twitter)', text: 'Where is the new release? #release', author: 'Alex Example', url: 'https://twitter.com/alex/status/1' }],
    ['a handle alone is no name', handleOnly, { site: 'X (Twitter)', text: 'Shipped it.', author: undefined, url: 'https://twitter.com/someone/status/2' }],
    ['a tweet embed with a link only has no words', linkOnly, { site: 'X (Twitter)', text: '', author: undefined, url: 'https://twitter.com/a/status/3' }],
    ['a Bluesky post', bluesky, { site: 'Bluesky', text: 'Hello from the sky.', author: 'Jane Doe', url: 'https://bsky.app/profile/did:plc:x/post/y' }],
    ['an Instagram post: Instagram\'s own words are not the post\'s', instagram, { site: 'Instagram', text: '', author: 'Taro Yamada', url: 'https://www.instagram.com/p/ABC/' }],
    ['a Mastodon post', mastodon, { site: 'Mastodon', text: '', author: undefined, url: 'https://mastodon.social/@Gargron/1/embed' }],
  ])('%s', (_, html, post) => {
    expect(embeddedPost(html)).toEqual(post)
  })
  it.each([
    ['a plain blockquote', '<blockquote><p>Words.</p></blockquote>'],
    ['no blockquote', '<div class="twitter-tweet">x</div>'],
  ])('is not a post: %s', (_, html) => {
    expect(embeddedPost(html)).toBeUndefined()
  })
})

describe('embeddedFrames', () => {
  it.each([
    ['a titled video', '<iframe width="560" src="https://www.youtube.com/embed/xyz" title="Talk recording" allowfullscreen></iframe>', [{ name: 'Talk recording', url: 'https://www.youtube.com/embed/xyz' }]],
    ['an untitled frame: its host', '<iframe src="https://codepen.io/a/embed/b"></iframe>', [{ name: 'codepen.io', url: 'https://codepen.io/a/embed/b' }]],
    ['a frame without a web address', '<iframe src="javascript:alert(1)"></iframe>', []],
    ['an MDX frame component', '<YouTubeIframe src="https://www.youtube.com/embed/FZ0cG47msEk" />', [{ name: 'www.youtube.com', url: 'https://www.youtube.com/embed/FZ0cG47msEk' }]],
    ['no frame', '<div>x</div>', []],
  ])('%s', (_, html, frames) => {
    expect(embeddedFrames(html)).toEqual(frames)
  })
})

function pointsOf(markdown: string, lang: 'ja' | 'zh' | 'en' = 'ja'): Point[] {
  return points((unified().use(remarkParse).parse(markdown) as Root).children, { lang })
}

function shown(point: Point): string {
  return point.body.map(node => plainText('children' in node ? node.children as never : [])).join(' | ')
}

describe('no empty quote slides', () => {
  it.each([
    ['a tweet: its words, then its author', tweet, ['quote', 'ビルドが通った | — 山田 花子']],
    ['a tweet by a handle only: its words alone', handleOnly, ['quote', 'Shipped it']],
    ['a tweet with no words: notes only', linkOnly, ['block', '']],
    ['an Instagram post: notes only', instagram, ['block', '']],
    ['an iframe: notes only', '<iframe src="https://www.youtube.com/embed/xyz" title="Talk recording"></iframe>', ['block', '']],
    ['a block quote of a paragraph: a quote', '> 原文を読むと、著者の考えがよくわかります。', ['quote', '原文を読むと、著者の考えがよくわかります']],
    ['a block quote of markup only: notes only', '> <span></span>', ['block', '']],
  ])('%s', (_, markdown, [kind, text]) => {
    const [point] = pointsOf(markdown)
    expect(point!.kind).toBe(kind)
    expect(shown(point!)).toBe(text)
  })
  it('names an embed in the notes, with its link', () => {
    const frame = pointsOf('<iframe src="https://www.youtube.com/embed/xyz" title="Talk recording"></iframe>')[0]!
    expect(plainText(frame.notes.flatMap(note => 'children' in note ? note.children as never : []))).toBe('埋め込み：Talk recording https://www.youtube.com/embed/xyz')
    expect(frame.notes.map(note => note.type)).toEqual(['paragraph', 'html'])
    const post = pointsOf(instagram, 'en')[0]!
    expect(plainText(post.notes.flatMap(note => 'children' in note ? note.children as never : []))).toBe('Embedded: Instagram · Taro Yamada https://www.instagram.com/p/ABC/')
  })
  it('shows a block quote holding a list as points, not a quote', () => {
    const found = pointsOf('> 本次更新包括：\n>\n> - 更快的构建速度\n> - 更小的安装包', 'zh')
    expect(found.some(point => point.kind === 'quote')).toBe(false)
    expect(found.filter(point => point.kind === 'bullet')).toHaveLength(2)
  })
  it('keeps a translation\'s credits (its source and translator) for the notes only', () => {
    const found = pointsOf('> 原文：https://example.com/post\n>\n> - 作者：Someone\n> - 译者：某人', 'zh')
    expect(found.map(point => [point.kind, point.body.length, point.notes.length])).toEqual([['block', 0, 1]])
  })
})
