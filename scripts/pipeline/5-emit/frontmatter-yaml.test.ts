import fc from 'fast-check'
import { stringify } from 'yaml'
import { frontmatterYaml } from './frontmatter-yaml.ts'

// What the yaml library writes for the same data, as frontmatterYaml's fallback does.
const viaYaml = (data: Record<string, unknown>): string => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trim().replaceAll('---', '--\\x2D')

const text = fc.array(fc.constantFrom('a', '中文', ' ', '"', '\\', '\t', '\r', '\b', '\f', '\n', ' \n', '\u0001', '\u0085', '\u00A0', '\u2028', '\uD800', '-', '---', ':', '#', '\'', 'true', '1'), { maxLength: 8 }).map(parts => parts.join(''))
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null))
const key = fc.constantFrom('layout', 'label', 'value', 'rows', 'true', 'a-b', 'x1')
const plain = fc.letrec(tie => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), fc.array(tie('map'), { maxLength: 3 })),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}))

describe('frontmatterYaml', () => {
  it('writes what the yaml library writes', () => {
    fc.assert(fc.property(plain.map, (data) => {
      expect(frontmatterYaml(data as Record<string, unknown>)).toBe(viaYaml(data as Record<string, unknown>))
    }), { numRuns: 2000 })
  })

  it('writes a string with quotes and backslashes itself, as yaml would', () => {
    const data = { chart: { rows: [{ label: '预览"Gemini 2.0"\\ \t' }] } }
    expect(frontmatterYaml(data)).toBe(viaYaml(data))
  })
})
