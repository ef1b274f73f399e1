// Slidev compiles every slide as a Vue template and reads some lines as its own syntax.
// This makes article text inert before serializing: `{{` cannot open an interpolation,
// a formula is one KaTeX typesets (else code),
// links and images keep only safe protocols, and (in `safeLines`) no line can become a
// slide separator, a comment or a notes block.
import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import { isDiagram } from './code-lang.ts'
import { inertInlineMath, inertMath } from './tex.ts'

const mustache = /\{{2,}/g
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

// An unsafe link keeps its words, an unsafe image its alt text; containers recurse.
function unwrap(node: RootContent, template: boolean): RootContent[] {
  if ((node.type === 'link' || node.type === 'image') && !safeUrl.test(node.url.trim()))
    return node.type === 'link' ? node.children.flatMap(child => unwrap(child, template)) : [{ type: 'text', value: node.alt ?? '' }]
  if ('children' in node)
    return [{ ...node, children: inert(node.children as RootContent[], template) } as RootContent]
  if (node.type === 'math' || node.type === 'inlineMath') {
    // `<!--` in TeX would open Slidev's notes; KaTeX ignores the zero-width space (strict off).
    const value = breakComments(node.value)
    const shown = node.type === 'math' ? inertMath({ ...node, value }) : inertInlineMath({ ...node, value })
    return shown.type === 'code' || shown.type === 'inlineCode' ? unwrap(shown, template) : [shown]
  }
  if (template && (node.type === 'code' || node.type === 'inlineCode'))
    return [{ ...node, value: breakComments(node.value, node.type === 'code' && isDiagram(node.lang)) }]
  return [node]
}

// Slidev finds notes with /<!--[\s\S]*?-->/ over the whole slide, code included, and code
// has no escapes: a zero-width space keeps the code as it reads but no longer a comment.
// A drawn diagram keeps its `-->` (mermaid's arrow): with every `<!--` of the body broken,
// a `-->` opens nothing, and the notes' own comment is still the last one (safeNotes).
function breakComments(value: string, diagram = false): string {
  const opened = value.replaceAll('<!--', '<!-\u200B-')
  return diagram ? opened : opened.replaceAll('-->', '-\u200B->')
}

// Neighbouring texts are joined before `{{` is looked for: `{` + `{` from an unwrapped
// link (or any split) would otherwise meet only in the output and open an interpolation.
// Neighbouring code spans are joined too, and an empty one dropped: written, `` `a``b` `` or
// ``` ``+`b` ``` is one broken run of backticks (formulas shown as code, with the space between
// them collapsed by the HTML sanitizer, meet so).
function inert(nodes: RootContent[], template: boolean): RootContent[] {
  const joined: RootContent[] = []
  for (const node of nodes.flatMap(child => unwrap(child, template))) {
    const last = joined.at(-1)
    if (node.type === 'inlineCode' && !node.value)
      continue
    if ((node.type === 'text' && last?.type === 'text') || (node.type === 'inlineCode' && last?.type === 'inlineCode'))
      joined[joined.length - 1] = { ...last, value: last.value + node.value }
    else
      joined.push(node)
  }
  return template ? joined.flatMap((node): RootContent[] => node.type === 'text' ? splitMustache(node.value) : [node]) : joined
}

// Whether `inert` would leave `nodes` as they are: no unsafe link or image, no neighbouring
// texts or code spans, no empty code span, and for templates no `{{`, no empty text and no comment marker in code. Most text
// passes, and the check copies nothing.
function alreadyInert(nodes: RootContent[], template: boolean): boolean {
  return nodes.every((node, index) => {
    if (node.type === 'text')
      return nodes[index - 1]?.type !== 'text' && !(template && (node.value === '' || node.value.includes('{{')))
    if ((node.type === 'link' || node.type === 'image') && !safeUrl.test(node.url.trim()))
      return false
    if (node.type === 'inlineCode' && (!node.value || nodes[index - 1]?.type === 'inlineCode'))
      return false
    if (template && (node.type === 'code' || node.type === 'inlineCode') && breakComments(node.value, node.type === 'code' && isDiagram(node.lang)) !== node.value)
      return false
    // A formula is written as Slidev reads it (inert/tex.ts), always a new node.
    if (node.type === 'math' || node.type === 'inlineMath')
      return false
    return !('children' in node) || alreadyInert(node.children as RootContent[], template)
  })
}

/**
 * `nodes` made so that Vue and Slidev show their text literally (a copy where anything
 * changed). `template` is false for notes, which Slidev renders as HTML (v-html), not as a Vue template.
 */
export function vueSafe<T extends Nodes>(nodes: T[], template = true): T[] {
  return alreadyInert(nodes as RootContent[], template) ? nodes : inert(nodes as RootContent[], template) as T[]
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
    // Backslash escapes keep the text as written (an entity would show as `&lt;` after `\<`).
    return line.replace(/^---/, '\\---').replaceAll('<!--', '<!\\--').replaceAll('-->', '--\\>')
  }).join('\n')
}

/** Notes live inside an HTML comment: nothing in them may open or close one. */
export function safeNotes(markdown: string): string {
  return markdown.replaceAll('<!--', '<\u200B!--').replaceAll('-->', '--\u200B>')
}
