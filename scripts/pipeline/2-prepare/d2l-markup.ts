// d2l ("Dive into Deep Learning", built by d2lbook on Sphinx) writes site markup into its
// Markdown: roles (":label:`sec_rnn`", ":numref:`fig_rnn`", ":eqref:`eq_x`", ":cite:`key`"),
// framework tabs (":begin_tab:`pytorch`" … ":end_tab:") and code cells written once per framework
// ("```{.python .input}" opening "#@tab pytorch"). Shown as text, it became slide titles
// (":label:fig_rnn"), bullets ("在 :numref:`sec_language_model`中") and four copies of the same
// code. Here each does what it means: an anchor goes, a reference names its target, a cited
// source leaves the sentence, and one framework's copy of a cell or tab is kept.
import type { Code, Heading, InlineCode, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import type { InlineMath, Math } from 'mdast-util-math'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import { quoted } from '../text/lang/index.ts'
import { writtenAsDisplay } from './display-math.ts'

// A role and its target, the way the source writes them.
const roleLine = /^\s*:[a-z][\w-]*:`[^`\n]+`\s*$/mu
// A text that ends with a role whose target (inline code) follows: "在 :numref:".
const roleEnd = /(?<![\w:]):([a-z][\w-]*):$/u
// A d2l code cell's first line names the frameworks it is written for: "#@tab pytorch",
// "#@tab mxnet, pytorch", d2l 1.0's "%%tab all".
const tabLine = /^(?:#@tab|%%tab)[ \t]+([^\n]*)\n?/u
// d2lbook's own setup cell ("%load_ext d2lbook.tab", which tab the book shows) is no article content.
const setupCell = /%load_ext\s+d2lbook\b/u
const selected = /tab\.interact_select\(\s*\[?["']([\w-]+)["']/u
// "#@save" marks a definition d2lbook copies into its library: a build note, not code to show.
const saveMark = /[ \t]*#@save[ \t]*$/gmu

type RoleKind = 'anchor' | 'reference' | 'equation' | 'citation'

/** What each role means; a role not listed is left as written. */
export const roleKinds: Readonly<Record<string, RoleKind>> = {
  // A target for references: nothing to show.
  label: 'anchor',
  eqlabel: 'anchor',
  // A reference to a section or figure, and to an equation.
  numref: 'reference',
  ref: 'reference',
  eqref: 'equation',
  // A cited source: the book's bibliography, which a talk has not.
  cite: 'citation',
}

// The frameworks a cell or tab without a name is for: d2l 0.x books (written with "#@tab")
// default to mxnet; otherwise a cell is the one every framework runs.
const defaultTab = (source: string): string => /^#@tab\b/mu.test(source) ? 'mxnet' : 'all'
// The copy a talk shows when the book does not say which (d2lbook's `interact_select`):
// PyTorch, the framework d2l's later editions lead with.
const preferredTab = 'pytorch'

interface Targets {
  /** A section's label → its heading's words. */
  headings: Map<string, string>
  /** An equation's label → its number, for the equations this article refers to. */
  equations: Map<string, number>
}

const text = (value: string): Text => ({ type: 'text', value })
const code = (value: string): InlineCode => ({ type: 'inlineCode', value })

// What each kind of role becomes, given its target's id and the text after it.
const render: Readonly<Record<RoleKind, (id: string, targets: Targets, lang: string, after: string) => PhrasingContent[]>> = {
  anchor: () => [],
  // A section of this article is named by its heading, quoted; a figure or another chapter's
  // section by its id, as code: the id is what the book names it by (its number is the book's
  // build), and a presenter reads "`sec_language_model`" as the reference it is, where made-up
  // words ("the previous section") would say what the article never said.
  reference: (id, targets, lang) => {
    const heading = targets.headings.get(id)
    return [heading ? text(quoted(heading, lang)) : code(id)]
  },
  // An equation of this article shows its number, "(2)", which its formula is tagged with.
  equation: (id, targets) => {
    const number = targets.equations.get(id)
    return [number ? text(`(${number})`) : code(id)]
  },
  // A citation closing a sentence or clause leaves it; one the sentence reads as a word
  // ("詳細は :cite:`Boyd.2004` を参照") keeps its key, or the sentence would lose its object.
  citation: (id, _targets, _lang, after) => /^\s*(?:\p{P}|$)/u.test(after) ? [] : [code(id)],
}

/** Whether `source` may hold d2l markup: a search of the text, far cheaper than a walk of the tree. */
export function mayHoldD2lMarkup(source: string): boolean {
  return roleLine.test(source) || /:[a-z]+:`/u.test(source) || /^(?:#@tab|%%tab)\b/mu.test(source) || setupCell.test(source)
}

// The role whose target is `children[index + 1]`, with the text before it: `:numref:` ending a text node.
function roleAt(children: readonly Nodes[], index: number): { kind: RoleKind, name: string, before: string } | undefined {
  const node = children[index]
  const target = children[index + 1]
  const found = node?.type === 'text' && target?.type === 'inlineCode' ? roleEnd.exec(node.value) : null
  const kind = found ? roleKinds[found[1]!] : undefined
  return found && kind ? { kind, name: found[1]!, before: node!.type === 'text' ? node!.value.slice(0, found.index) : '' } : undefined
}

/** The frameworks a d2l code cell or tab is for, and its content without the markup; undefined when `node` is neither. */
export function codeCell(node: Code, source: string): { tabs: string[], code: Code } | undefined {
  const info = `${node.lang ?? ''} ${node.meta ?? ''}`
  // Pandoc's attribute braces: "{.python .input}" is Python.
  const language = /^\{\.([\w-]+)/u.exec(node.lang ?? '')?.[1]
  if (!language || !/\.input\b/u.test(info))
    return undefined
  const directive = tabLine.exec(node.value)
  const value = node.value.slice(directive?.[0].length ?? 0).replace(saveMark, '').replace(/^\s*\n/u, '')
  const tabs = (directive?.[1] ?? defaultTab(source)).split(/[\s,]+/u).filter(Boolean)
  return { tabs, code: { ...node, lang: language, meta: null, value } }
}

// A tab opening ":begin_tab:`pytorch`" (perhaps with its content after it), else undefined.
function tabOpening(node: RootContent): string[] | undefined {
  if (node.type !== 'paragraph')
    return undefined
  const [first, second] = node.children
  return first?.type === 'text' && /^\s*:begin_tab:$/u.test(first.value) && second?.type === 'inlineCode'
    ? second.value.split(/[\s,]+/u).filter(Boolean)
    : undefined
}

const tabClosing = /\s*:end_tab:\s*$/u
const closesTab = (node: RootContent): boolean => node.type === 'paragraph' && node.children.at(-1)?.type === 'text' && tabClosing.test(toString(node.children.at(-1)!))

// The blocks a tab holds, from its opening paragraph to the one that closes it, markers taken off.
function tabContent(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((block, index): RootContent[] => {
    if (block.type !== 'paragraph')
      return [block]
    let children = index === 0 ? block.children.slice(2) : block.children
    const last = children.at(-1)
    if (index === blocks.length - 1 && last?.type === 'text')
      children = [...children.slice(0, -1), text(last.value.replace(tabClosing, ''))]
    const first = children[0]
    if (index === 0 && first?.type === 'text')
      children = [text(first.value.replace(/^\s+/u, '')), ...children.slice(1)]
    children = children.filter(child => child.type !== 'text' || child.value)
    const paragraph: Paragraph = { ...block, children }
    return children.length ? [paragraph] : []
  })
}

interface Variant { kind: 'cell' | 'tab', tabs: string[], blocks: RootContent[], length: number }

// The framework copy at `children[index]`: a code cell or a whole tab, or undefined.
function variantAt(children: RootContent[], index: number, source: string): Variant | undefined {
  const node = children[index]!
  const cell = node.type === 'code' ? codeCell(node, source) : undefined
  if (cell)
    return { kind: 'cell', tabs: cell.tabs, blocks: [cell.code], length: 1 }
  const tabs = tabOpening(node)
  if (!tabs)
    return undefined
  const end = children.findIndex((block, at) => at >= index && closesTab(block))
  if (end < 0)
    return undefined
  return { kind: 'tab', tabs, blocks: tabContent(children.slice(index, end + 1)), length: end + 1 - index }
}

// Copies side by side are one group while each is for other frameworks than those before it;
// a copy for all of them stands alone (it follows the framework-specific ones, it does not replace them).
function joins(group: readonly Variant[], next: Variant): boolean {
  const seen = new Set(group.flatMap(variant => variant.tabs))
  return group.length > 0 && group[0]!.kind === next.kind && !seen.has('all') && !next.tabs.some(tab => tab === 'all' || seen.has(tab))
}

/** The copy of a group a talk shows: the one for every framework, else the preferred framework's, else the first. */
export function chosenVariant<T extends { tabs: readonly string[] }>(group: readonly T[], preferred: string): T {
  return group.find(variant => variant.tabs.includes('all')) ?? group.find(variant => variant.tabs.includes(preferred)) ?? group[0]!
}

// One copy of each group of framework copies among `children`, in place.
function frameworkCopies(children: RootContent[], source: string, preferred: string): void {
  const kept: RootContent[] = []
  let group: Variant[] = []
  const close = (): void => {
    if (group.length)
      kept.push(...chosenVariant(group, preferred).blocks)
    group = []
  }
  for (let index = 0; index < children.length;) {
    const node = children[index]!
    if (node.type === 'code' && setupCell.test(node.value)) {
      index++
      continue
    }
    const variant = variantAt(children, index, source)
    if (!variant || !joins(group, variant))
      close()
    if (variant)
      group.push(variant)
    else
      kept.push(node)
    index += variant?.length ?? 1
  }
  close()
  children.splice(0, children.length, ...kept)
}

// The equation an `:eqlabel:` at `children[index]` labels: the formula alone before it in its
// paragraph (written `$$…$$`), or the display formula just before the paragraph.
function labelled(children: readonly Nodes[], index: number, previous: Nodes | undefined, source: string): InlineMath | Math | undefined {
  const before = children.slice(0, index + 1).filter(child => child.type !== 'text' || (child.value.trim() && !roleEnd.test(child.value.trim())))
  if (before.length === 0)
    return previous?.type === 'math' ? previous : undefined
  const [formula] = before
  return before.length === 1 && formula?.type === 'inlineMath' && writtenAsDisplay(formula, source) ? formula : undefined
}

// The labels this article defines and the equations it refers to, numbered and tagged.
function targets(tree: Root, source: string): Targets {
  const headings = new Map<string, string>()
  const formulas = new Map<string, InlineMath | Math>()
  const referred = new Set<string>()
  visit(tree, (node, index, parent) => {
    if (!('children' in node))
      return
    const previous = parent && index !== undefined ? parent.children[index - 1] : undefined
    node.children.forEach((_, at) => {
      const found = roleAt(node.children, at)
      const id = (node.children[at + 1] as InlineCode | undefined)?.value
      if (!found || id === undefined)
        return
      if (found.name === 'eqref')
        referred.add(id)
      const atStart = node.children.slice(0, at).every(child => child.type === 'text' && !child.value.trim()) && !found.before.trim()
      if (found.name === 'label' && atStart && previous?.type === 'heading')
        headings.set(id, toString(previous as Heading))
      const formula = found.name === 'eqlabel' ? labelled(node.children, at, previous, source) : undefined
      if (formula)
        formulas.set(id, formula)
    })
  })
  const equations = new Map<string, number>()
  for (const [id, formula] of formulas) {
    if (!referred.has(id))
      continue
    equations.set(id, equations.size + 1)
    // KaTeX sets a display formula's `\tag` at its right, as the book prints its number.
    formula.value = `${formula.value.trim()} \\tag{${equations.size}}`
  }
  return { headings, equations }
}

// `children` with each role done as it means; whitespace a removed role leaves is taken with it.
function doRoles(children: PhrasingContent[], found: Targets, lang: string): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (let index = 0; index < children.length; index++) {
    const role = roleAt(children, index)
    if (!role) {
      out.push(children[index]!)
      continue
    }
    const after = children[index + 2]
    const shown = render[role.kind]((children[index + 1] as InlineCode).value, found, lang, after?.type === 'text' ? after.value : after ? 'x' : '')
    const before = shown.length ? role.before : role.before.replace(/\s+$/u, '')
    if (before)
      out.push(text(before))
    out.push(...shown)
    index++
    // A role that opened its paragraph leaves no line break behind it.
    const opened = out.every(child => child.type === 'text' && !child.value.trim())
    if (!shown.length && opened && after?.type === 'text') {
      out.splice(0)
      children[index + 1] = text(after.value.replace(/^\s+/u, ''))
    }
  }
  return out.filter(child => child.type !== 'text' || child.value)
}

/** Do `tree`'s d2l markup as it means (in place); `source`: the article, `lang`: its language. */
export function d2lMarkup(tree: Root, source: string, lang: string): void {
  const preferred = selected.exec(source)?.[1] ?? preferredTab
  visit(tree, (node) => {
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading')
      frameworkCopies(node.children as RootContent[], source, preferred)
  })
  const found = targets(tree, source)
  visit(tree, (node, index, parent) => {
    if (!('children' in node) || !node.children.some((_, at) => roleAt(node.children, at)))
      return
    const children = doRoles(node.children as PhrasingContent[], found, lang)
    if (children.length || node.type !== 'paragraph' || !parent || index === undefined) {
      node.children = children as never
      return
    }
    parent.children.splice(index, 1)
    return [SKIP, index]
  })
}
