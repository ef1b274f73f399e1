// mathml2omml 0.5's OMML made to read as Word and PowerPoint write an equation:
// - `m:argPr` holding `m:scrLvl` (KaTeX's `scriptlevel`), sometimes twice: the schema's
//   argPr holds only `m:argSz`, so it is dropped (sizes stay the defaults);
// - KaTeX's accents are spacing characters (ˉ ˊ ˋ); an `m:acc` names the combining ones;
// - a pair of brackets is a delimiter (`m:d`), not two runs holding "(" and ")": LibreOffice
//   reads run text as StarMath, where a lone "(" is a syntax error (drawn as ¿);
// - a sum's or integral's operand that mathml2omml cut after an opening bracket gets the
//   rest of the bracket;
// - KaTeX's `\tag{n}` table (empty cell, formula, empty cell, tag) is the formula, a space and the tag;
// - a matrix has no empty rows, and every row as many cells as the matrix has columns.

interface Element {
  name: string
  /** The opening tag as written (attributes kept). */
  open: string
  children: Node[]
}
type Node = Element | string

// The converter writes no comments, CDATA or processing instructions: tags and text only.
// Undefined when the tags do not nest.
function parse(xml: string): Node[] | undefined {
  const root: Element = { name: '', open: '', children: [] }
  const stack = [root]
  for (const [token] of xml.matchAll(/<[^>]+>|[^<]+/g)) {
    const parent = stack.at(-1)!
    if (token.startsWith('</')) {
      if (stack.length < 2 || token !== `</${parent.name}>`)
        return undefined
      stack.pop()
    }
    else if (token.startsWith('<') && token.endsWith('/>')) {
      parent.children.push(token)
    }
    else if (token.startsWith('<')) {
      const element: Element = { name: /^<([^\s>]+)/.exec(token)![1]!, open: token, children: [] }
      parent.children.push(element)
      stack.push(element)
    }
    else {
      parent.children.push(token)
    }
  }
  return stack.length === 1 ? root.children : undefined
}

function serialize(nodes: Node[]): string {
  return nodes.map(node => typeof node === 'string' ? node : `${node.open}${serialize(node.children)}</${node.name}>`).join('')
}

const element = (node: Node | undefined, name: string): node is Element => typeof node !== 'string' && node?.name === name
const child = (node: Element, name: string): Element | undefined => node.children.find((each): each is Element => element(each, name))
const isEmpty = (node: Node): boolean => typeof node === 'string' ? node.startsWith('<m:e') : element(node, 'm:e') && !node.children.length

const closers: Record<string, string> = { '(': ')', '[': ']' }
const brackets = /([()[\]])/

// The text of a run that is a single bracket, else undefined.
function bracketOf(node: Node): string | undefined {
  if (!element(node, 'm:r'))
    return undefined
  const text = child(node, 'm:t')?.children.join('')
  return text && text.length === 1 && brackets.test(text) ? text : undefined
}

// Each run split so that every bracket is a run of its own (with the run's properties).
function splitRuns(nodes: Node[]): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (!element(node, 'm:r'))
      return [node]
    const t = child(node, 'm:t')
    const text = t?.children.join('') ?? ''
    const parts = text.split(brackets).filter(Boolean)
    if (!t || parts.length < 2)
      return [node]
    return parts.map(part => ({ ...node, children: node.children.map(each => each === t ? { ...t, children: [part] } : each) }))
  })
}

function delimiter(open: string, close: string, inside: Node[]): Element {
  return {
    name: 'm:d',
    open: '<m:d>',
    children: [
      { name: 'm:dPr', open: '<m:dPr>', children: [`<m:begChr m:val="${open}"/>`, `<m:endChr m:val="${close}"/>`] },
      { name: 'm:e', open: '<m:e>', children: inside },
    ],
  }
}

const scripts = new Set(['m:sSup', 'm:sSub', 'm:sSubSup'])

// A script whose base is only a bracket (KaTeX's `(…)^2` puts the ")" alone under the "2").
function scriptedBracket(node: Node): string | undefined {
  if (typeof node === 'string' || !scripts.has(node.name))
    return undefined
  const base = child(node, 'm:e')?.children
  return base?.length === 1 ? bracketOf(base[0]!) : undefined
}

// Where the bracket opened at `start` closes among `nodes` (a bracket run or a scripted one), or -1.
function closing(nodes: Node[], start: number): number {
  const open = bracketOf(nodes[start]!)!
  let depth = 0
  for (let index = start; index < nodes.length; index++) {
    const found = bracketOf(nodes[index]!) ?? scriptedBracket(nodes[index]!)
    depth += found === open ? 1 : found === closers[open] ? -1 : 0
    if (!depth)
      return index
  }
  return -1
}

// Brackets of one sibling list paired into delimiters, innermost first by recursion.
function pair(nodes: Node[]): Node[] {
  const result: Node[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const open = bracketOf(node)
    const end = open && closers[open] ? closing(nodes, index) : -1
    if (end > index) {
      const close = nodes[end]!
      const bracketed = delimiter(open!, closers[open!]!, pair(nodes.slice(index + 1, end)))
      // A scripted closing bracket scripts the whole bracket: `(…)^2`.
      result.push(typeof close === 'string' || close.name === 'm:r' ? bracketed : { ...close, children: close.children.map(each => element(each, 'm:e') ? { ...each, children: [bracketed] } : each) })
      index = end
    }
    else {
      result.push(node)
    }
  }
  return result
}

// A sum whose operand ends in an unclosed bracket takes the siblings after it up to the close.
function operands(nodes: Node[]): Node[] {
  const result: Node[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    result.push(node)
    const operand = element(node, 'm:nary') ? child(node, 'm:e') : undefined
    const last = operand?.children.at(-1)
    if (!operand || !last || !closers[bracketOf(last) ?? ''])
      continue
    const rest = [last, ...nodes.slice(index + 1)]
    const end = closing(rest, 0)
    if (end > 0) {
      operand.children = pair([...operand.children, ...rest.slice(1, end + 1)])
      index += end
    }
  }
  return result
}

// KaTeX's tagged formula: a one-row table of four cells, the first and third empty.
function untag(node: Element): Node[] | undefined {
  const rows = node.children.filter(each => element(each, 'm:mr'))
  const cells = element(rows[0], 'm:mr') ? rows[0].children.filter(each => typeof each !== 'string' || each.startsWith('<m:e')) : []
  if (rows.length !== 1 || cells.length !== 4 || !isEmpty(cells[0]!) || !isEmpty(cells[2]!) || !element(cells[1], 'm:e') || !element(cells[3], 'm:e'))
    return undefined
  return [...cells[1].children, '<m:r><m:t xml:space="preserve">    </m:t></m:r>', ...cells[3].children]
}

const isCell = (node: Node): boolean => element(node, 'm:e') || (typeof node === 'string' && node.startsWith('<m:e'))

// A matrix without its empty rows (KaTeX writes `\\\\` as an empty one-cell row), every row
// then as wide as the widest: OMML's rows all have the matrix's columns.
function padRows(node: Element): Element {
  const empty = (row: Node): boolean => element(row, 'm:mr') && row.children.filter(isCell).every(isEmpty)
  const kept = node.children.filter(row => !empty(row))
  const rows = kept.filter((each): each is Element => element(each, 'm:mr'))
  if (!rows.length)
    return node
  const cells = (row: Element): number => row.children.filter(isCell).length
  const width = Math.max(...rows.map(cells))
  return { ...node, children: kept.map(each => element(each, 'm:mr') ? { ...each, children: [...each.children, ...Array.from({ length: width - cells(each) }, () => '<m:e/>')] } : each) }
}

function tidy(nodes: Node[]): Node[] {
  const flat = nodes.flatMap(node => element(node, 'm:m') ? untag(node) ?? [padRows(node)] : [node])
  const kept = flat.filter(node => !element(node, 'm:argPr') && !(typeof node === 'string' && node.startsWith('<m:argPr')))
  for (const node of kept) {
    if (typeof node !== 'string')
      node.children = tidy(node.children)
  }
  return pair(operands(splitRuns(kept)))
}

// KaTeX's spacing accents, as the combining characters an `m:acc` takes.
const accents: Record<string, string> = { ˉ: '\u0304', ˊ: '\u0301', ˋ: '\u0300' }

/** `omml` (mathml2omml's) tidied as described above; only its accents when its tags do not nest. */
export function tidyOmml(omml: string): string {
  const accented = omml.replace(/<m:chr m:val="([ˉˊˋ])"\/>/g, (_, accent: string) => `<m:chr m:val="${accents[accent]}"/>`)
  const nodes = parse(accented)
  return nodes ? serialize(tidy(nodes)) : accented
}
