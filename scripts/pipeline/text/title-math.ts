// Titles are strings in the deck model, and a heading's formula ("The $\mathcal{O}(n^4)$
// algorithm") must reach the slide typeset: a title holds its formulas as the article writes
// them, `$TeX$`, and its text's `\` and `$` escaped (`\\`, `\$`), so the two never mix. The
// emitter writes a title's formulas as math (`titleNodes`: Slidev typesets `$…$` in headings
// and list items); where only plain text goes (frontmatter `title:`, route, PDF outline,
// PPTX) it writes `plainTitle`, the formula read as text ("The O(n⁴) algorithm").
import type { Nodes, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

const escapeText = (text: string): string => text.replace(/[\\$]/g, '\\$&')

/** Plain `text` as a title holds it (its `\` and `$` escaped). */
export function titleFromText(text: string): string {
  return escapeText(text)
}

/**
 * The text of `node` as a title holds it: formulas as `$TeX$` (on one line), the rest as
 * mdast-util-to-string reads it, escaped. A formula whose TeX has a `$` (no `$` pair could hold it) is text: its TeX.
 */
export function titleOf(node: Nodes | Nodes[], options?: { includeHtml?: boolean }): string {
  if (Array.isArray(node))
    return node.map(child => titleOf(child, options)).join('')
  if (node.type === 'inlineMath' || node.type === 'math') {
    const tex = node.value.replace(/\s+/g, ' ').trim()
    return tex.includes('$') ? escapeText(tex) : tex ? `$${tex}$` : ''
  }
  // A footnote's mark in a heading ("引言[ref1]") points at a note the slide does not show.
  if (node.type === 'text')
    return node.data?.talkdownFootnoteMark ? '' : escapeText(node.value)
  return 'children' in node ? titleOf(node.children, options) : escapeText(toString(node, options))
}

/** A title's text and formulas as Markdown phrasing: text and inline math. */
export function titleNodes(title: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let text = ''
  let last = 0
  for (const match of title.matchAll(/\\([\\$])|\$([^$]+)\$/g)) {
    text += title.slice(last, match.index)
    last = match.index + match[0].length
    if (match[1] !== undefined) {
      text += match[1]
      continue
    }
    if (text)
      nodes.push({ type: 'text', value: text })
    text = ''
    nodes.push({ type: 'inlineMath', value: match[2]! })
  }
  text += title.slice(last)
  return text ? [...nodes, { type: 'text', value: text }] : nodes
}

/** A title as the article writes it: its formulas in `$`, its text as it reads (how settings name a section). */
export function writtenTitle(title: string): string {
  return titleNodes(title).map(node => node.type === 'inlineMath' ? `$${node.value}$` : toString(node)).join('')
}

/** A title as plain text: its formulas read as text (`texPlain`, or `formula`), its escapes undone. */
export function plainTitle(title: string, formula: (tex: string) => string = texPlain): string {
  return title.includes('$') || title.includes('\\') ? titleNodes(title).map(node => node.type === 'inlineMath' ? formula(node.value) : toString(node)).join('') : title
}

// A few commands as the characters they typeset; the rest of TeX's symbols are rare in a title.
const symbols: Record<string, string> = {
  'alpha': 'α',
  'beta': 'β',
  'gamma': 'γ',
  'delta': 'δ',
  'epsilon': 'ε',
  'varepsilon': 'ε',
  'zeta': 'ζ',
  'eta': 'η',
  'theta': 'θ',
  'vartheta': 'ϑ',
  'iota': 'ι',
  'kappa': 'κ',
  'lambda': 'λ',
  'mu': 'μ',
  'nu': 'ν',
  'xi': 'ξ',
  'pi': 'π',
  'rho': 'ρ',
  'sigma': 'σ',
  'tau': 'τ',
  'upsilon': 'υ',
  'phi': 'φ',
  'varphi': 'φ',
  'chi': 'χ',
  'psi': 'ψ',
  'omega': 'ω',
  'Gamma': 'Γ',
  'Delta': 'Δ',
  'Theta': 'Θ',
  'Lambda': 'Λ',
  'Xi': 'Ξ',
  'Pi': 'Π',
  'Sigma': 'Σ',
  'Upsilon': 'Υ',
  'Phi': 'Φ',
  'Psi': 'Ψ',
  'Omega': 'Ω',
  'leq': '≤',
  'le': '≤',
  'geq': '≥',
  'ge': '≥',
  'neq': '≠',
  'ne': '≠',
  'approx': '≈',
  'sim': '∼',
  'equiv': '≡',
  'times': '×',
  'cdot': '·',
  'pm': '±',
  'div': '÷',
  'infty': '∞',
  'to': '→',
  'rightarrow': '→',
  'leftarrow': '←',
  'gets': '←',
  'Rightarrow': '⇒',
  'Leftarrow': '⇐',
  'leftrightarrow': '↔',
  'Leftrightarrow': '⇔',
  'mapsto': '↦',
  'in': '∈',
  'notin': '∉',
  'subset': '⊂',
  'subseteq': '⊆',
  'supset': '⊃',
  'supseteq': '⊇',
  'cup': '∪',
  'cap': '∩',
  'emptyset': '∅',
  'varnothing': '∅',
  'forall': '∀',
  'exists': '∃',
  'neg': '¬',
  'land': '∧',
  'wedge': '∧',
  'lor': '∨',
  'vee': '∨',
  'sum': '∑',
  'prod': '∏',
  'int': '∫',
  'partial': '∂',
  'nabla': '∇',
  'ldots': '…',
  'cdots': '⋯',
  'dots': '…',
  'circ': '∘',
  'ell': 'ℓ',
  'top': '⊤',
  'langle': '⟨',
  'rangle': '⟩',
  'lfloor': '⌊',
  'rfloor': '⌋',
  'lceil': '⌈',
  'rceil': '⌉',
  'mid': '|',
  'vert': '|',
  'lvert': '|',
  'rvert': '|',
  'Vert': '‖',
  '|': '‖',
  'quad': ' ',
  'qquad': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  ' ': ' ',
  '!': '',
  '\\': ' ',
}
// Commands that show their argument (a font, an accent, a text box).
const shows = new Set(['mathcal', 'mathbf', 'mathrm', 'mathit', 'mathsf', 'mathtt', 'mathscr', 'mathfrak', 'boldsymbol', 'bm', 'text', 'textbf', 'textit', 'textrm', 'texttt', 'mbox', 'operatorname', 'hat', 'widehat', 'bar', 'overline', 'underline', 'tilde', 'widetilde', 'vec', 'dot', 'ddot'])
// Commands that show nothing themselves: sizes and styles.
const silent = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'displaystyle', 'textstyle', 'limits', 'nolimits'])
const doubleStruck: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ' }
const superscripts: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', 'n': 'ⁿ', 'i': 'ⁱ', 'T': 'ᵀ', '⊤': 'ᵀ' }
const subscripts: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', 'i': 'ᵢ', 'j': 'ⱼ', 'k': 'ₖ', 'n': 'ₙ', 'm': 'ₘ' }

// A part of a fraction or root in brackets when it is more than one term.
const bracketed = (text: string): string => /[\s+\-−*/·×=<>≤≥]/u.test(text) ? `(${text})` : text

/** TeX as plain text that reads as the formula does (`\mathcal{O}(n^4)` → "O(n⁴)"), with no commands left. */
export function texPlain(tex: string): string {
  let at = 0
  function spaces(): void {
    while (/\s/.test(tex[at] ?? ''))
      at++
  }
  function argument(): string {
    spaces()
    return tex[at] === '{' ? group() : item()
  }
  function group(): string {
    let out = ''
    for (at++; at < tex.length && tex[at] !== '}';)
      out += item()
    at++
    return out
  }
  function script(marks: Record<string, string>, mark: string): string {
    const text = argument()
    const chars = [...text]
    if (chars.length && chars.every(char => marks[char]))
      return chars.map(char => marks[char]).join('')
    return chars.length > 1 ? `${mark}(${text})` : `${mark}${text}`
  }
  function command(): string {
    const name = /^\\(?:[a-z]+|[^a-z])?/i.exec(tex.slice(at))![0].slice(1)
    at += name.length + 1
    if (name in symbols)
      return symbols[name]!
    if (shows.has(name))
      return argument()
    if (name === 'mathbb')
      return [...argument()].map(char => doubleStruck[char] ?? char).join('')
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac')
      return `${bracketed(argument())}/${bracketed(argument())}`
    if (name === 'sqrt') {
      spaces()
      if (tex[at] === '[')
        at = tex.indexOf(']', at) + 1 || tex.length
      return `√${bracketed(argument())}`
    }
    if (name === 'begin' || name === 'end') {
      argument()
      return ''
    }
    return silent.has(name) ? '' : name
  }
  function item(): string {
    const char = tex[at]
    if (char === undefined)
      return ''
    if (char === '{')
      return group()
    if (char === '\\')
      return command()
    at++
    if (char === '^' || char === '_')
      return char === '^' ? script(superscripts, '^') : script(subscripts, '_')
    return char === '}' ? '' : char === '&' || char === '~' ? ' ' : char
  }
  let out = ''
  while (at < tex.length)
    out += item()
  return out.replace(/\s+/g, ' ').trim()
}
