// Slidev compiles every slide as a Vue template and reads some lines as its own syntax.
// This makes article text inert before serializing: `{{` cannot open an interpolation,
// links and images keep only safe protocols, and (in `safeLines`) no line can become a
// slide separator, a comment or a notes block.
import type { Nodes, PhrasingContent, RootContent } from 'mdast'

const mustache = /\{\{+/g
const safeUrl = /^(?:https?:|mailto:|#|\.{0,2}\/|[\w%-][^:]*$)/i

function splitMustache(value: string): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(mustache)) {
    if (match.index > last)
      parts.push({ type: 'text', value: value.slice(last, match.index) })
    parts.push({ type: 'html', value: `<span v-pre>${match[0]}</span>` })
    last = match.index + match[0].length
  }
  if (last < value.length)
    parts.push({ type: 'text', value: value.slice(last) })
  return parts
}

function safeChild(node: RootContent, template: boolean): RootContent[] {
  if (node.type === 'text')
    return template ? splitMustache(node.value) : [node]
  if ((node.type === 'link' || node.type === 'image') && !safeUrl.test(node.url.trim()))
    return node.type === 'link' ? node.children.flatMap(child => safeChild(child, template)) : [{ type: 'text', value: node.alt ?? '' }]
  if ('children' in node)
    return [{ ...node, children: (node.children as RootContent[]).flatMap(child => safeChild(child, template)) } as RootContent]
  return [node]
}

/**
 * A copy of `nodes` whose text Vue and Slidev show literally. `template` is false for
 * notes, which Slidev renders as HTML (v-html), not as a Vue template.
 */
export function vueSafe<T extends Nodes>(nodes: T[], template = true): T[] {
  return nodes.flatMap(node => safeChild(node as RootContent, template)) as T[]
}

/** Break Slidev's line syntax (`---`, `<!--`, `-->`) outside fenced code in serialized body Markdown. */
export function safeLines(markdown: string): string {
  let fence: string | undefined
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (!fence || (marker.startsWith(fence) && marker[0] === fence[0]))) {
      fence = fence ? undefined : marker
      return line
    }
    if (fence)
      return line
    return line.replace(/^---/, '\\---').replaceAll('<!--', '&lt;!--').replaceAll('-->', '--&gt;')
  }).join('\n')
}

/** Notes live inside an HTML comment: nothing in them may open or close one. */
export function safeNotes(markdown: string): string {
  return markdown.replaceAll('<!--', '<\u200B!--').replaceAll('-->', '--\u200B>')
}
