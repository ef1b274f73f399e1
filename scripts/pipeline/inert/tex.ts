// TeX math the way Slidev's KaTeX plugin reads it, and only what it can typeset: when KaTeX
// fails, the plugin puts the TeX source into the page as HTML, unescaped. A formula KaTeX
// cannot typeset here (same KaTeX, Slidev's options) is shown as code instead. KaTeX runs
// without `trust`, so `\href`, `\url`, `\htmlClass` and `\includegraphics` render as red text.
import type { Code, InlineCode } from 'mdast'
import type { InlineMath, Math as MathBlock } from 'mdast-util-math'
import katex from 'katex'
import { memo } from '../shared/memo.ts'

// Slidev's options (its setupKatex: `{ strict: false }` with no katex.ts setup of ours).
const typesets = memo((key: string): boolean => {
  try {
    katex.renderToString(key.slice(1), { strict: false, displayMode: key[0] === 'd', throwOnError: true })
    return true
  }
  catch {
    return false
  }
}, 2048)

// Slidev's own syntax in a formula's lines: a line starting `---` ends the slide (a space
// before it changes nothing in TeX). Comment markers are broken before (vue-safe.ts).
function lineSafe(tex: string): string {
  return tex.replace(/^(?=-{3})/gm, ' ')
}

/** Inline math as Slidev reads `$…$` (one line, no space inside the dollars), or inline code when KaTeX cannot typeset it. */
export function inertInlineMath(node: InlineMath): InlineMath | InlineCode {
  // One line after its `$`, it starts no line: a space before a `---` in it would only make `$ ---$` text.
  const value = node.value.replace(/\s+/g, ' ').trim()
  return value && typesets(`i${value}`) ? { type: 'inlineMath', value } : { type: 'inlineCode', value: node.value }
}

/** A display formula as Slidev reads `$$…$$`, or a TeX code block when KaTeX cannot typeset it. */
export function inertMath(node: MathBlock): MathBlock | Code {
  const value = displayValue(node.value)
  return value ? { type: 'math', meta: null, value } : { type: 'code', lang: 'tex', meta: null, value: node.value }
}

// A display formula's TeX as Slidev reads it, or undefined when it cannot show as one: a line
// ending in `$$` would close Slidev's block early (trailing space it ignores), and KaTeX must typeset it.
function displayValue(tex: string): string | undefined {
  const value = lineSafe(tex.split('\n').map(line => line.trimEnd()).filter(Boolean).join('\n'))
  return value && !/\$\$$/m.test(value) && typesets(`d${value}`) ? value : undefined
}

/** Whether display TeX `tex` shows as a typeset formula (else it shows as TeX code). */
export function showsAsFormula(tex: string): boolean {
  return displayValue(tex) !== undefined
}
