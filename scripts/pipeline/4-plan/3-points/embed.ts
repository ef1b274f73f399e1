// A post embedded from a social site (a tweet's `<blockquote class="twitter-tweet">`, an
// Instagram, Bluesky, Mastodon, TikTok or Threads embed) and an `<iframe>`: what they say
// and who said it, read from the markup the site gave the author to paste. Its script
// never runs and its frame never loads on a slide, so this is all the talk can show.
import type { Element, ElementContent, Root } from 'hast'
import type { Paragraph } from 'mdast'
import type { Lang } from '../../model/deck.ts'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

/** A social post embedded in the article. */
export interface EmbeddedPost {
  /** The site, as its users name it. */
  site: string
  /** The post's words; empty when the embed carries none (Instagram, Mastodon). */
  text: string
  /** The author's display name, when the embed gives one (a handle alone is no name). */
  author?: string
  /** The post's address, when the embed gives one. */
  url?: string
}

/** An embedded frame (a video, a map, a demo). */
export interface EmbeddedFrame {
  /** Its title, else the host it loads from. */
  name: string
  /** The address it loads. */
  url: string
}

// The class each site's embed code puts on its blockquote.
const sites: Array<[RegExp, string]> = [
  [/\btwitter-(?:tweet|video)\b/u, 'X (Twitter)'],
  [/\binstagram-media\b/u, 'Instagram'],
  [/\bbluesky-embed\b/u, 'Bluesky'],
  [/\bmastodon-embed\b/u, 'Mastodon'],
  [/\btiktok-embed\b/u, 'TikTok'],
  [/\btext-post-media\b/u, 'Threads'],
]

// A link whose text is an address (`pic.twitter.com/…`, `https://t.co/…`) stands for media
// the slide cannot show; a hashtag or mention link keeps its words.
const addressText = /^(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S*$/u
// The author line: "— Name (@handle) date"; Instagram's "A post shared by Name (@handle)".
// Matched on squeezed text (single spaces); the name is trimmed after.
const authorLine = /^[\s—–-]*([^\s—–()（@-][^()（@\n]*)[(（]/u
const sharedBy = /A post shared by ([^()（@\n]+)[(（]/u
const sharedByJa = /([^\s()（@][^()（@\n]*)[(（]@[^)）]+[)）] ?がシェアした投稿/u

function classOf(node: Element): string {
  const value = node.properties.className
  return Array.isArray(value) ? value.join(' ') : String(value ?? '')
}

function textOf(nodes: ElementContent[], skipAddresses: boolean): string {
  return nodes.map((node) => {
    if (node.type === 'text')
      return node.value
    if (node.type !== 'element' || node.tagName === 'script' || node.tagName === 'style')
      return ''
    if (node.tagName === 'br')
      return ' '
    const inner = textOf(node.children, skipAddresses)
    return skipAddresses && node.tagName === 'a' && addressText.test(inner.trim()) ? '' : inner
  }).join('')
}

function squeeze(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (node.tagName === tagName)
      found.push(node)
  })
  return found
}

function postUrl(quote: Element): string | undefined {
  const given = quote.properties.cite ?? quote.properties.dataInstgrmPermalink ?? quote.properties.dataEmbedUrl
  if (typeof given === 'string' && /^https?:/u.test(given))
    return given
  const links = elements(quote, 'a').map(link => String(link.properties.href ?? '')).filter(href => /^https?:/u.test(href))
  // The embed code's own tracking parameter ("?ref_src=twsrc%5Etfw") is no part of the address.
  return links.at(-1)?.replace(/\?ref_src=[^#]*/u, '')
}

function authorOf(quote: Element): string | undefined {
  // The author line is the blockquote's own text, outside its paragraphs and links.
  const own = squeeze(quote.children.map(child => child.type === 'text' ? child.value : '').join(''))
  const all = squeeze(textOf(quote.children, false))
  const name = authorLine.exec(own)?.[1] ?? sharedBy.exec(all)?.[1] ?? sharedByJa.exec(all)?.[1]
  return name ? squeeze(name) : undefined
}

/** The social post embedded by `html`, if it holds one. */
export function embeddedPost(html: string): EmbeddedPost | undefined {
  if (!/<blockquote\b/iu.test(html))
    return undefined
  for (const quote of elements(fromHtml(html, { fragment: true }), 'blockquote')) {
    const site = sites.find(([pattern]) => pattern.test(classOf(quote)))?.[1]
    if (!site)
      continue
    // Instagram's paragraphs are its own words ("View this post on Instagram"), not the post's.
    const paragraphs = site === 'Instagram' ? [] : elements(quote, 'p')
    const text = squeeze(paragraphs.map(p => textOf(p.children, true)).join(' '))
    return { site, text, author: authorOf(quote), url: postUrl(quote) }
  }
  return undefined
}

/** The frames `html` embeds. */
export function embeddedFrames(html: string): EmbeddedFrame[] {
  if (!/iframe\b/iu.test(html))
    return []
  // A site's own frame component counts too (MDX's `<YouTubeIframe src=…>`, parsed as `youtubeiframe`).
  const frames: Element[] = []
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName.includes('iframe'))
      frames.push(node)
  })
  return frames.flatMap((frame) => {
    const url = String(frame.properties.src ?? '')
    if (!/^https?:\/\//u.test(url))
      return []
    const title = squeeze(String(frame.properties.title ?? ''))
    return [{ name: title || hostOf(url), url }]
  })
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  }
  catch {
    return url
  }
}

// Words for the notes line naming an embed the slide cannot show; only this line uses them.
const embedded: Record<Lang, string> = { zh: '嵌入内容：', en: 'Embedded: ', ja: '埋め込み：' }

/** A notes line naming what an embed shows (`what`) and linking to it. */
export function embedLine(what: string, url: string | undefined, lang: Lang): Paragraph {
  const link: Paragraph['children'] = url ? [{ type: 'text', value: ' ' }, { type: 'link', url, children: [{ type: 'text', value: url }] }] : []
  return { type: 'paragraph', children: [{ type: 'text', value: `${embedded[lang]}${what}` }, ...link] }
}

/** What a post without words of its own is, for its notes line: the site and its author. */
export function postName(post: EmbeddedPost): string {
  return post.author ? `${post.site} · ${post.author}` : post.site
}
