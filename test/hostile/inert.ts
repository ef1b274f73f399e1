// The "nothing runs" check on generated Slidev Markdown, as Slidev itself reads it:
// Slidev's parser splits the slides, markdown-exit (Slidev's Markdown renderer, html on)
// renders each body and each notes block, and the HTML must hold only what plain
// Markdown makes. A body is then compiled as a Vue template, so `{{` must sit in a
// `v-pre` element or in code; Slidev's own line syntax must not survive either.
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Token } from 'markdown-exit'
import { parseSync } from '@slidev/parser'
import { fromHtml } from 'hast-util-from-html'
import MarkdownExit from 'markdown-exit'
import { slidevKatex } from './slidev-katex.ts'

// With Slidev's KaTeX syntax: a formula is fine when KaTeX typesets it with nothing live in it.
const bodyMd = MarkdownExit({ html: true, linkify: true, xhtmlOut: true }).use(slidevKatex)
// Without text_join an escaped `\$` stays a token of its own, so a bare `$` is visible.
bodyMd.disable('text_join')
const notesMd = MarkdownExit({ html: true }).use(slidevKatex)

const markdownTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'a', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
const safeAttributes = new Set(['href', 'src', 'alt', 'title', 'start', 'style', 'className'])
const unsafeUrl = /^\s*(?:javascript|vbscript|data|file):/i
const chartView = '<ChartView :chart="$frontmatter.chart" />'
// The generator's own markup around the text beside a chart (plan/chart-slide.ts): no article text in it.
const generatorBlocks = new Set([chartView, '<div class="td-chart-text">', '</div>'])
// and around a later slide's kicker in its heading (5-emit/stringify.ts): the section's title, made inert, in it.
// A Chinese title's line breaks between its words (5-emit/stringify.ts: titleBreaks) are bare <wbr>.
function generatorElement(node: Element): boolean {
  if (node.tagName === 'wbr')
    return Object.keys(node.properties).length === 0
  return Object.keys(node.properties).length === 1
    && ((node.tagName === 'div' && String(node.properties.className) === 'td-chart-text') || (node.tagName === 'span' && String(node.properties.className) === 'td-kicker'))
}
// Slidev's line syntax, from @slidev/cli 52: slot sugar, snippet import, a KaTeX block (outside a formula).
const lineSyntax = [/^::\s*[\w.\-:]+\s*::\s*$/, /^\s*<<</, /^\s*\$\$/]
// A plain `mermaid` fence is drawn by mermaid at its strict security level (setup/mermaid.ts),
// which the browser injection test holds to its payloads; options after it (`mermaid {…}`)
// would be a Vue v-bind expression, and plantuml fetches from a server.
const renderedFence = /^(?:plantuml|md magic-move|markdown magic-move)\b|^mermaid\b(?!$)|\{monaco/i

function elementProblems(node: Element, where: string): string[] {
  const problems: string[] = []
  if (generatorElement(node))
    return problems
  if (!markdownTags.has(node.tagName) && !(node.tagName === 'span' && 'v-pre' in node.properties))
    problems.push(`${where}: live <${node.tagName}>`)
  for (const [name, value] of Object.entries(node.properties)) {
    if (name === 'v-pre' && node.tagName === 'span')
      continue
    if (!safeAttributes.has(name))
      problems.push(`${where}: live attribute ${name} on <${node.tagName}>`)
    else if ((name === 'href' || name === 'src') && unsafeUrl.test(String(value)))
      problems.push(`${where}: unsafe ${name}="${String(value)}"`)
    else if (name === 'style' && !/^text-align:\s*\w+;?$/.test(String(value)))
      problems.push(`${where}: style="${String(value)}"`)
    else if (name === 'className' && !(value as string[]).every(c => /^language-\S+$/.test(c)))
      problems.push(`${where}: class="${String(value)}"`)
  }
  return problems
}

function walk(nodes: ElementContent[], where: string, template: boolean, inert: boolean): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text')
      return template && !inert && node.value.includes('{{') ? [`${where}: interpolation in "${node.value.slice(0, 60)}"`] : []
    if (node.type === 'comment')
      return [`${where}: HTML comment <!--${node.value.slice(0, 40)}-->`]
    if (node.type !== 'element')
      return []
    const quiet = inert || 'v-pre' in node.properties || node.tagName === 'code'
    return [...elementProblems(node, where), ...walk(node.children, where, template, quiet)]
  })
}

function htmlProblems(html: string, where: string, template: boolean): string[] {
  const tree: HastRoot = fromHtml(html, { fragment: true })
  return walk(tree.children as ElementContent[], where, template, false)
}

function inlineProblems(tokens: Token[], where: string): string[] {
  return tokens.flatMap((token) => {
    const children = token.children ?? []
    const dollar = children.some(child => child.type === 'text' && child.content.includes('$'))
    const raw = children.filter(child => child.type === 'html_inline' && !/^<\/?span(?: v-pre| class="td-kicker")?>$|^<wbr>$/.test(child.content))
    return [...(dollar ? [`${where}: unescaped $ in "${token.content.slice(0, 60)}"`] : []), ...raw.map(child => `${where}: raw HTML ${child.content}`)]
  })
}

function lineProblems(content: string, tokens: Token[], where: string): string[] {
  const lines = content.split('\n')
  const code = new Set<number>()
  const problems: string[] = []
  for (const token of tokens) {
    if ((token.type === 'fence' || token.type === 'code_block' || token.type === 'math_block') && token.map) {
      for (let line = token.map[0]; line < token.map[1]; line++)
        code.add(line)
      if (token.type === 'fence' && renderedFence.test(token.info.trim()))
        problems.push(`${where}: rendered code block \`${token.info}\``)
    }
    if (token.type === 'html_block' && !generatorBlocks.has(token.content.trim()))
      problems.push(`${where}: raw HTML block ${token.content.trim().slice(0, 60)}`)
  }
  lines.forEach((line, index) => {
    if (!code.has(index) && lineSyntax.some(pattern => pattern.test(line)))
      problems.push(`${where}: Slidev syntax line "${line}"`)
  })
  return problems
}

/** Problems in one slide body (Markdown that Slidev compiles as a Vue template). */
export function bodyProblems(content: string, where: string): string[] {
  const tokens = bodyMd.parse(content, {})
  const html = bodyMd.renderer.render(tokens, bodyMd.options, {}).replace(chartView, '')
  return [...lineProblems(content, tokens, where), ...inlineProblems(tokens, where), ...htmlProblems(html, where, true)]
}

/** Problems in one notes block (Markdown that Slidev renders to HTML for v-html). */
export function notesProblems(note: string, where: string): string[] {
  return htmlProblems(notesMd.render(note), where, false)
}

/** Every way the deck `markdown` could run article text or read it as Slidev syntax. */
export function liveProblems(markdown: string): string[] {
  const { slides } = parseSync(markdown, 'slides.md')
  return slides.flatMap((slide, index) => {
    const where = `slide ${index + 1} (${String(slide.frontmatter.routeAlias)})`
    return [...bodyProblems(slide.content, where), ...notesProblems(slide.note ?? '', `${where} notes`)]
  })
}
