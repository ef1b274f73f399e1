// The serializer runs every unsafe pattern over every text; a pattern matches its character,
// so one whose character is absent cannot match and is left out (the output is the same).
// The patterns kept are found once per set of characters present (a bit each: all are ASCII).
import type { Unsafe } from 'mdast-util-to-markdown'

interface Sieve { others: RegExp, bits: Int8Array, kept: Map<string, Unsafe[]> }
const sieves = new WeakMap<Unsafe[], Sieve | undefined>()

function sieve(all: Unsafe[]): Sieve | undefined {
  if (!sieves.has(all)) {
    const characters = [...new Set(all.map(pattern => pattern.character))]
    const ascii = characters.every(character => character.length === 1 && character.charCodeAt(0) < 128)
    const bits = new Int8Array(128).fill(-1)
    characters.forEach((character, index) => bits[character.charCodeAt(0)] = index)
    const others = new RegExp(`[^${characters.map(c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}]+`, 'g')
    sieves.set(all, ascii ? { others, bits, kept: new Map() } : undefined)
  }
  return sieves.get(all)
}

/** The patterns of `all` that can match in `value` (its text with the characters around it), in order. */
export function unsafePatterns(all: Unsafe[], value: string): Unsafe[] {
  const found = sieve(all)
  if (!found)
    return all
  const present = value.replace(found.others, '')
  let low = 0
  let high = 0
  for (let index = 0; index < present.length; index++) {
    const bit = found.bits[present.charCodeAt(index)]!
    if (bit < 30)
      low |= 1 << bit
    else
      high |= 1 << (bit - 30)
  }
  const key = `${low} ${high}`
  let kept = found.kept.get(key)
  if (!kept)
    found.kept.set(key, kept = all.filter(pattern => present.includes(pattern.character)))
  return kept
}
