// A missing image (marked by the prepare stage) is written as a visible placeholder with
// its alt text on the slide, and as its alt text in the notes: never as an image, which
// Slidev's bundler would try to resolve.
import type { Image, Nodes, RootContent } from 'mdast'

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

function holds(nodes: RootContent[]): boolean {
  return nodes.some(node => (node.type === 'image' && node.data?.talkdownMissing) || ('children' in node && holds(node.children as RootContent[])))
}

// What the placeholder says: the alt text, else the file's name, so it always shows what is missing.
function label(node: Image): string {
  const alt = (node.alt ?? '').trim()
  if (alt)
    return alt
  const url = node.data?.talkdownMissingUrl ?? node.url
  const name = url.split(/[?#]/u)[0]!.split('/').filter(Boolean).at(-1) ?? url
  try {
    return decodeURIComponent(name)
  }
  catch {
    return name
  }
}

function placeholder(node: Image, template: boolean): RootContent[] {
  if (!template)
    return [{ type: 'text', value: `[${label(node)}]` }]
  // `v-pre`: the text is the article's, and must not become a Vue interpolation.
  return [{ type: 'html', value: `<span class="td-missing-image" v-pre>${escape(label(node))}</span>` }]
}

function replace(nodes: RootContent[], template: boolean): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'image' && node.data?.talkdownMissing)
      return placeholder(node, template)
    return 'children' in node ? [{ ...node, children: replace(node.children as RootContent[], template) } as RootContent] : [node]
  })
}

/** `nodes` with each missing image as its placeholder (`template` for slide bodies, else for notes); copied only where one is. */
export function missingImages<T extends Nodes>(nodes: T[], template: boolean): T[] {
  return holds(nodes as RootContent[]) ? replace(nodes as RootContent[], template) as T[] : nodes
}
