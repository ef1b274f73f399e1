// Slidev's KaTeX syntax as @slidev/cli 52 reads it (node/syntax/katex.ts, MIT: its inline and
// block rules, restated here since Slidev does not export them), for the "nothing runs" check.
// Slidev puts a formula's TeX into the page unescaped when KaTeX fails, so a formula is
// rendered with Slidev's KaTeX options; what reaches the page is KaTeX's HTML, or the raw TeX.
import type { MarkdownExit, StateBlock, StateInline } from 'markdown-exit'
import katex from 'katex'

// Slidev's isValidDelim: no space after an opening `$`; no space before a closing one, nor a digit after it.
function delimiter(state: StateInline, pos: number): { open: boolean, close: boolean } {
  const before = pos > 0 ? state.src.charCodeAt(pos - 1) : -1
  const after = pos + 1 <= state.posMax ? state.src.charCodeAt(pos + 1) : -1
  return { open: after !== 32 && after !== 9, close: !(before === 32 || before === 9 || (after >= 48 && after <= 57)) }
}

function mathInline(state: StateInline, silent: boolean): boolean {
  if (state.src[state.pos] !== '$')
    return false
  const skip = (text: string, to: number): boolean => {
    if (!silent)
      state.pending += text
    state.pos = to
    return true
  }
  if (!delimiter(state, state.pos).open)
    return skip('$', state.pos + 1)
  const start = state.pos + 1
  // The first `$` after an even run of backslashes (none escaping it).
  let match = state.src.indexOf('$', start)
  while (match !== -1) {
    let pos = match - 1
    while (state.src[pos] === '\\')
      pos--
    if ((match - pos) % 2 === 1)
      break
    match = state.src.indexOf('$', match + 1)
  }
  if (match === -1)
    return skip('$', start)
  if (match === start)
    return skip('$$', start + 1)
  if (!delimiter(state, match).close)
    return skip('$', start)
  if (!silent) {
    const token = state.push('math_inline', 'math', 0)
    token.content = state.src.slice(start, match)
  }
  state.pos = match + 1
  return true
}

function mathBlock(state: StateBlock, start: number, end: number, silent: boolean): boolean {
  let pos = state.bMarks[start]! + state.tShift[start]!
  let max = state.eMarks[start]!
  if (pos + 2 > max || state.src.slice(pos, pos + 2) !== '$$')
    return false
  if (silent)
    return true
  let firstLine = state.src.slice(pos + 2, max).trim()
  let found = false
  let lastLine = ''
  let next = start
  if (firstLine.endsWith('$$')) {
    firstLine = firstLine.slice(0, -2).trim()
    found = true
  }
  const single = found
  while (!found) {
    next++
    if (next >= end)
      break
    pos = state.bMarks[next]! + state.tShift[next]!
    max = state.eMarks[next]!
    if (pos < max && state.tShift[next]! < state.blkIndent)
      break
    if (state.src.slice(pos, max).trim().endsWith('$$')) {
      lastLine = state.src.slice(pos, state.src.slice(0, max).lastIndexOf('$$'))
      found = true
    }
  }
  state.line = next + 1
  const token = state.push('math_block', 'math', 0)
  token.block = true
  token.content = single ? firstLine : state.getLines(start + 1, next, state.tShift[start]!, true) + (lastLine.trim() ? lastLine : '')
  token.map = [start, state.line]
  return true
}

/** What the page gets for a formula: KaTeX's HTML (Slidev's options), or the raw TeX when KaTeX fails. */
export function katexHtml(tex: string, displayMode: boolean): { html: string, typeset: boolean } {
  try {
    return { html: katex.renderToString(tex, { strict: false, displayMode, throwOnError: true }), typeset: true }
  }
  catch {
    return { html: tex, typeset: false }
  }
}

// KaTeX's own HTML is a tree of spans with classes and styles; what may not be in it is a
// link, a picture, a script, an event handler or a class the article chose (`\htmlClass`).
const live = /<(?:a|img|script|iframe|object)\b|\bhref=|\bsrc=|\son\w+=|\b(?:data-|id=)/i

/** Markdown-exit plugin: Slidev's math syntax; a formula renders as `<code class="language-math">` when KaTeX typesets it safely, else as what Slidev would put into the page. */
export function slidevKatex(md: MarkdownExit): void {
  const render = (tex: string, display: boolean): string => {
    const { html, typeset } = katexHtml(tex, display)
    // Only KaTeX's tags: its text (the TeX in the MathML annotation too) is escaped, and `src=` there is text.
    return typeset && !live.test(html.match(/<[^>]*>/g)?.join('') ?? '') ? '<code class="language-math"></code>' : html
  }
  md.inline.ruler.after('escape', 'math_inline', mathInline)
  md.block.ruler.after('blockquote', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] })
  md.renderer.rules.math_inline = (tokens, index) => render(tokens[index]!.content, false)
  md.renderer.rules.math_block = (tokens, index) => `<p>${render(tokens[index]!.content, true)}</p>`
}
