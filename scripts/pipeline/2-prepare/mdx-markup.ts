// MDX articles read as Markdown: their ES `import`/`export` lines arrive as a paragraph (one
// became a talk's cover subtitle, "import ContributionNotes from '@/assets/…'"), and their
// JSX components as HTML: `<Note>` and `</Note>` around prose, `<ContributionNotes />` on a
// line of its own, `<Intro>text</Intro>` inline. The statements and the component tags are
// markup and go; the prose between a component's tags stays. HTML elements (lower case) are
// left to the sanitizer.
import type { Parent, Root, RootContent } from 'mdast'
import { emptyPhrasing } from './strip-markup.ts'
import { videoLine } from './template-tags.ts'

// One ES statement per line, as MDX writes them at the top level.
const statementLine = /^(?:import\s+(?:[\w*{},][\w*{}, \t]*?[ \t]from\s+)?["'][^"'\n]+["'];?|export\s+(?:\*|\{[^}\n]*\})(?:\s+from\s+["'][^"'\n]+["'])?;?)\s*$/
// An export that declares something (`export const meta = {`) runs to the end of its block.
const declaration = /^export\s+(?:default\b|const\s|let\s|var\s|function\s|async\s+function\s|class\s)/
// A JSX component tag: a capitalised name (or `<>`), its props in braces or quotes, possibly over lines.
export const componentTag = /<\/?(?:[A-Z][\w.]*(?:\s(?:[^<>{}"']|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|"[^"]*"|'[^']*')*)?)?\/?>/g

/** Whether `source` may hold MDX statements or components: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldMdxMarkup(source: string): boolean {
  return /^(?:import|export)\s|<\/?[A-Z]/m.test(source)
}

// An MDX comment, `{/* truncate */}` (Docusaurus' excerpt marker), on a line of its own.
const comment = /^\{\/\*[\s\S]*?\*\/\}$/

// A paragraph (as plain text) that is only ES statements.
function isStatements(text: string): boolean {
  const lines = text.split('\n').filter(line => line.trim())
  return lines.length > 0 && (lines.every(line => statementLine.test(line.trim())) || declaration.test(lines[0]!.trim()))
}

// A paragraph's text, when it is only text (a statement has no emphasis or links).
function plainText(node: RootContent): string | undefined {
  return node.type === 'paragraph' && node.children.every(child => child.type === 'text') ? node.children.map(child => child.value).join('') : undefined
}

// A video component (`<YouTubeIframe src="…" />`) leaves a line naming its video, for the notes.
const videoComponent = /<[\w.]*(?:video|youtube|vimeo|iframe|bilibili)[\w.]*\b[^>]*?\bsrc=["']([^"']+)["']/gi

function videoLines(node: RootContent & { value: string }): RootContent[] {
  return [...node.value.matchAll(videoComponent)].map(([, url]) => ({ ...videoLine(url!), position: node.position }))
}

// Components that hold code by their name (React's docs write `<TerminalBlock>npm install …</TerminalBlock>`):
// a terminal's or shell's text is a shell command, a code block's is in its `language` prop.
const codeComponent = /^<(?:(Terminal|Shell|Console|Command)|Code)[\w.]*/
const languageProp = /^[^>]*\blanguage=["']([\w+-]+)["']/

// An HTML block of component tags is markup; the text between them (a block without blank
// lines, `<Intro>\nText\n</Intro>`) stays, as a paragraph when no other HTML is left in it,
// or as code when the component holds code.
function componentBlock(node: RootContent): RootContent[] {
  if (node.type !== 'html')
    return [node]
  const rest = node.value.replace(componentTag, '').trim()
  if (rest === node.value.trim())
    return [node]
  const code = codeComponent.exec(node.value.trim())
  if (code && rest && !rest.includes('<'))
    return [{ type: 'code', lang: code[1] ? 'bash' : languageProp.exec(node.value.trim())?.[1] ?? null, value: rest, position: node.position }]
  const videos = videoLines(node)
  if (!rest)
    return videos
  return [...(rest.includes('<') ? [{ ...node, value: rest }] : [{ type: 'paragraph', children: [{ type: 'text', value: rest }], position: node.position } as RootContent]), ...videos]
}

// Only inline HTML nodes are taken: an escaped `\<Context>` in prose is text, and is the article's word.
function inlineComponents(parent: Parent): void {
  for (const child of parent.children as RootContent[]) {
    if ('children' in child)
      inlineComponents(child as Parent)
  }
  if (parent.type !== 'root')
    parent.children = (parent.children as RootContent[]).filter(child => child.type !== 'html' || child.value.replace(componentTag, '').trim() !== '') as Parent['children']
}

/** Take MDX statements and component tags out of `tree` (in place). */
export function mdxMarkup(tree: Root): void {
  tree.children = tree.children.flatMap((node) => {
    // JSX that is no HTML (`<>`, props in braces) arrives as a paragraph of text.
    const text = plainText(node)
    return text !== undefined && (isStatements(text) || comment.test(text.trim()) || !text.replace(componentTag, '').trim()) ? [] : componentBlock(node)
  })
  inlineComponents(tree)
  tree.children = tree.children.filter(node => node.type !== 'paragraph' || !emptyPhrasing(node.children))
}
