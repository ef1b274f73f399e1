// Blog generators' template tags are markup: Liquid, Jekyll, Hexo and Nunjucks tags
// (`{% asset_img a.png 标题 %}`, `{% note info %}` … `{% endnote %}`), Liquid output with a
// filter or a site variable (`{{ "/a" | relative_url }}`, `{{ site.baseurl }}`), and Hugo
// shortcodes (`{{< figure src="a.png" >}}`, `{{% notice %}}`). They are taken out of the
// prose; the text between an opening and a closing tag stays. An image tag becomes its image,
// shown like any other, and a video tag a line naming the video, for the notes.
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import { stripMarkup } from './strip-markup.ts'

// Hugo first (its `{{% … %}}` holds a Liquid-looking `{% … %}`); a Liquid `{{ … }}` only with
// a filter or a site variable, since a bare `{{ name }}` may be the article's own subject
// (Vue, Handlebars) and is shown literally.
const siteVariables = 'site|page|include|post|layout|paginator|content|theme|config|jekyll'
// Go templates (the Go blog's `{{image "ismmkeynote/image63.png"}}`, `{{video "…"}}`) call a media
// function with a quoted path.
const mediaCall = String.raw`\{\{-?\s*(?:image|img|figure|video)\s+"[^"\n]+"[^{}\n]*\}\}`
export const templateTag = new RegExp(String.raw`\{\{<[\s\S]*?>\}\}|\{\{%[\s\S]*?%\}\}|\{%-?[\s\S]*?-?%\}|\{\{[^{}|\n]*\|[^{}\n]*\}\}|\{\{-?\s*(?:${siteVariables})\b[^{}\n]*\}\}|${mediaCall}`, 'g')

/** Whether `source` may hold a template tag: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldTemplateTags(source: string): boolean {
  return /\{[{%]/.test(source)
}

// Tag names, as the generators spell them (lower-cased here).
// An image tag's name ends on what it shows: `img`, `asset_img`, Hugo themes' `fig-img`, `figure`, `photo`.
const imageTag = /(?:^|[-_])(?:img|image|figure|picture|photo|imgcap)$|^fancybox$/
const videoTags = new Map<string, (id: string) => string>([
  ['youtube', id => `https://www.youtube.com/watch?v=${id}`],
  ['vimeo', id => `https://vimeo.com/${id}`],
  ['bilibili', id => `https://www.bilibili.com/video/${id}`],
  ['video', id => id],
  ['asset_video', id => id],
])
const imageFile = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp)(?:[?#]\S*)?$/i
const videoFile = /\.(?:mp4|webm|mov|m4v|ogv)(?:[?#]\S*)?$/i

interface Tag { name: string, named: Map<string, string>, positional: string[] }

const unquote = (value: string): string => value.replace(/^(["'])([\s\S]*)\1$/, '$2')

// A tag's words: its name, `key=value` (or `key: value`) pairs and positional arguments.
function parseTag(tag: string): Tag | undefined {
  const inner = tag.replace(/^\{\{?[<%]?-?|-?[>%]?\}\}?$/g, '').trim()
  if (inner.startsWith('/') || /^end\w/.test(inner))
    return undefined
  const words = [...inner.matchAll(/([\w-]+)\s*[=:]\s*("[^"]*"|'[^']*'|[^\s,]+)|("[^"]*"|'[^']*'|[^\s,]+)/g)]
  const [first, ...rest] = words
  if (!first?.[3])
    return undefined
  const named = new Map<string, string>()
  const positional: string[] = []
  for (const word of rest) {
    if (word[1])
      named.set(word[1].toLowerCase(), unquote(word[2]!))
    else
      positional.push(unquote(word[3]!))
  }
  return { name: first[3].toLowerCase(), named, positional }
}

const pick = (tag: Tag, keys: string[]): string | undefined => keys.map(key => tag.named.get(key)).find(Boolean)

const includes = (tag: Tag): boolean => tag.name === 'include' || tag.name === 'include_relative'
// The arguments after an include's file name.
const argumentsOf = (tag: Tag): string[] => includes(tag) ? tag.positional.slice(1) : tag.positional

// Jekyll includes name their kind in the file: `{% include image.html url="…" %}`.
function kindOf(tag: Tag): string {
  if (!includes(tag))
    return tag.name
  const file = tag.positional[0] ?? ''
  return /video|youtube/i.test(file) ? /youtube/i.test(file) ? 'youtube' : 'video' : /image|figure|img/i.test(file) ? 'image' : tag.name
}

function imageOf(tag: Tag): PhrasingContent | undefined {
  const positional = argumentsOf(tag)
  const url = pick(tag, ['src', 'url', 'image', 'path', 'file', 'link']) ?? positional.find(word => imageFile.test(word) || word.includes('/'))
  if (!url)
    return undefined
  // Hexo's img writes width and height as bare numbers, and class names before the path.
  const words = positional.slice(positional.indexOf(url) + 1).filter(word => !/^\d+(?:px|%)?$/.test(word))
  const alt = pick(tag, ['alt', 'caption', 'title', 'description', 'desc']) ?? words.join(' ')
  return { type: 'image', url, alt: alt || undefined }
}

function videoOf(tag: Tag, kind: string): PhrasingContent[] | undefined {
  const positional = argumentsOf(tag)
  const id = pick(tag, ['src', 'id', 'url', 'video', 'file']) ?? (kind === 'video' ? positional.find(word => videoFile.test(word) || word.includes('/')) : positional[0])
  if (!id)
    return undefined
  const url = /^https?:\/\//.test(id) ? id : videoTags.get(kind)!(id)
  return videoLine(url, pick(tag, ['title', 'caption', 'alt'])).children
}

/** The notes line that names a video: ▶ and a link to it. */
export function videoLine(url: string, title?: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: '▶ ' }, { type: 'link', url, children: [{ type: 'text', value: title ?? url }] }], data: { talkdownNotesOnly: true } }
}

/** The notes block an image or video tag stands for, if it is one (`at`: where the article has the tag). */
export function mediaOf(tag: string, at?: Position): BlockContent | undefined {
  const parsed = parseTag(tag)
  if (!parsed)
    return undefined
  const kind = kindOf(parsed)
  const image = imageTag.test(kind)
  const children = image ? [imageOf(parsed)].filter(node => node !== undefined) : videoTags.has(kind) ? videoOf(parsed, kind) : undefined
  // The tag's place, so that a message about its image (not found) points at the article. An image
  // is shown like any other (a missing one as a placeholder, with a warning); a video is named in the notes.
  return children?.length ? { type: 'paragraph', children: children.map(child => ({ ...child, position: at })), ...(image ? {} : { data: { talkdownNotesOnly: true } }), position: at } : undefined
}

// Code in a shortcode is read by Markdown as paragraphs, lists and arrows; its source is taken
// from the article between the tags instead, as a code block: a diagram (`{{< mermaid >}}` …
// `{{< /mermaid >}}`, Kubernetes' docs; Jekyll's and Hexo's `{% mermaid %}` … `{% endmermaid %}`),
// a highlighted block (`{{< highlight go >}}`, `{% highlight ruby %}`) or Hugo's docs' settings
// shown in every format (`{{< code-toggle file=hugo >}}`, written in TOML).
const codeOpening = /^\{\{[<%]\s*(mermaid|highlight|code-toggle)\b([^>%]*)[>%]\}\}|^\{%-?\s*(mermaid|highlight)\b([^%]*?)-?%\}/
const codeClosing = (name: string): RegExp => new RegExp(String.raw`\{\{[<%]\s*/\s*${name}\s*[>%]\}\}|\{%-?\s*end${name}\s*-?%\}`)

// The block's language: a diagram's kind, a highlight's first word, TOML for code-toggle.
function tagLang(name: string, words: string): string | undefined {
  if (name === 'highlight')
    return /^\s*["']?([\w+#-]+)/.exec(words)?.[1]
  return name === 'code-toggle' ? 'toml' : name
}

/** Turn code shortcodes at the top level of `tree` into code blocks (in place); `source` is the article the tree's offsets point into. */
export function codeTags(tree: Root, source: string): void {
  const children: RootContent[] = []
  for (let index = 0; index < tree.children.length; index++) {
    const node = tree.children[index]!
    const start = node.position?.start.offset
    const opening = start === undefined ? null : codeOpening.exec(source.slice(start, start + 200))
    const name = opening?.[1] ?? opening?.[3]
    const closing = start === undefined || !opening || !name ? null : codeClosing(name).exec(source.slice(start))
    if (start === undefined || !opening || !name || !closing) {
      children.push(node)
      continue
    }
    const end = start + closing.index + closing[0].length
    let last = node
    while ((tree.children[index + 1]?.position?.start.offset ?? Infinity) < end)
      last = tree.children[++index]!
    // A shortcode indented under a list or definition keeps its code's own indentation only.
    const indent = new RegExp(`^[ \\t]{0,${node.position!.start.column - 1}}`, 'gm')
    const value = source.slice(start + opening[0].length, start + closing.index).replace(/^[ \t]*\n|\s+$/g, '').replace(indent, '')
    children.push({ type: 'code', lang: tagLang(name, opening[2] ?? opening[4] ?? '') ?? null, meta: null, value, position: { start: node.position!.start, end: last.position?.end ?? node.position!.end } })
  }
  tree.children = children
}

// Callout tags and the style words that may come before their title (`{% note warn Mac 用户 %}`,
// `{{< notice warning "Heads up" >}}`, `{% details Click me %}`): the title is the article's words.
const calloutTags = new Set(['note', 'notice', 'alert', 'callout', 'admonition', 'tip', 'warning', 'details', 'spoiler', 'hint'])
const calloutStyles = /^(?:info|warn|warning|danger|error|success|primary|default|tip|note|important|caution|alert|no-icon|flat|modern|simple|disabled)$/i

/** The title a callout tag holds ('' for none, and for every other tag). */
export function calloutTitle(tag: string): string {
  const parsed = parseTag(tag)
  if (!parsed || !calloutTags.has(parsed.name))
    return ''
  const first = parsed.positional.findIndex(word => !calloutStyles.test(word))
  return (pick(parsed, ['title', 'summary']) ?? (first < 0 ? '' : parsed.positional.slice(first).join(' '))).trim()
}

// A link whose address is a tag (`[the docs]({{ "/docs/" | relative_url }})`) is no link to
// Markdown (the address has spaces): its words are what the site shows, the address is the site's own.
const taggedLink = new RegExp(String.raw`\[([^\][\n]*)\]\(\s*(?:${templateTag.source})\s*\)`, 'g')

/** Take template tags out of the prose of `tree` (in place); image and video tags leave a notes-only paragraph, a callout its title, a link to a tag its words. */
export function templateTags(tree: Root): void {
  stripMarkup(tree, taggedLink, () => [], match => match.slice(1, match.indexOf('](')))
  stripMarkup(tree, templateTag, (matches, from) => matches.flatMap(match => mediaOf(match, from.position) ?? []), (match) => {
    const title = calloutTitle(match)
    return title ? `${title}\n` : ''
  })
}
