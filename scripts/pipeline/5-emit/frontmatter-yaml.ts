// Slide frontmatter as YAML. Slides carry plain data (strings, numbers, booleans, maps and
// lists of maps), for which the yaml library's output is known: block maps and lists indented
// by two, strings double-quoted exactly as JSON writes them unless JSON wrote a `\n` or
// `\u` escape (yaml folds the one and rewrites the other; `\"`, `\\`, `\t`, `\r`, `\b` and
// `\f` it keeps), numbers as JSON writes them. That much is written here (the yaml library
// took about a fifth of stringify's time, and quotes in three of the seed's chart labels sent their
// slides through it); anything else (lists of lists) goes through yaml.
import { stringify as yaml } from 'yaml'

type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain }

// Keys yaml writes plain: not a word the YAML core schema reads as a boolean or null.
const plainKey = /^(?!(?:true|false|null)$)[a-z]\w*$/i

function scalar(value: Plain): string | undefined {
  if (value === null)
    return 'null'
  if (typeof value === 'boolean')
    return String(value)
  if (typeof value === 'number')
    return Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : JSON.stringify(value)) : undefined
  const quoted = typeof value === 'string' ? JSON.stringify(value) : undefined
  return quoted && /\\[nu]/.test(quoted) ? undefined : quoted
}

// `value` as the lines of a block collection at `indent`, or undefined when not plain.
function block(value: Plain, indent: string): string[] | undefined {
  if (Array.isArray(value)) {
    const lines: string[] = []
    for (const item of value) {
      const inner = Array.isArray(item) ? undefined : entry(item, `${indent}  `)
      if (!inner)
        return undefined
      lines.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1))
    }
    return lines
  }
  const lines: string[] = []
  for (const [key, item] of Object.entries(value as Record<string, Plain>)) {
    const inner = item === undefined ? [] : entry(item, `${indent}  `)
    if (!inner || !plainKey.test(key))
      return undefined
    if (item !== undefined)
      lines.push(...(typeof item === 'object' && item !== null && !empty(item) ? [`${indent}${key}:`, ...inner] : [`${indent}${key}: ${inner[0]!.trimStart()}`]))
  }
  return lines
}

// yaml leaves out map entries whose value is undefined.
function empty(value: Plain[] | { [key: string]: Plain }): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.values(value).every(item => item === undefined)
}

// A value in a collection: a scalar or an empty collection on one line, else a block.
function entry(value: Plain, indent: string): string[] | undefined {
  if (typeof value !== 'object' || value === null) {
    const text = scalar(value)
    return text === undefined ? undefined : [`${indent}${text}`]
  }
  return empty(value) ? [`${indent}${Array.isArray(value) ? '[]' : '{}'}`] : block(value, indent)
}

/** `data` as the YAML of a slide's frontmatter, strings double-quoted. */
export function frontmatterYaml(data: Record<string, unknown>): string {
  const lines = block(data as Plain, '')
  const text = lines?.length ? lines.join('\n') : yaml(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trim()
  // Slidev ends frontmatter at the first `---`, even inside a quoted string.
  return text.replaceAll('---', '--\\x2D')
}
