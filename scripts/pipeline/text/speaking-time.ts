// Speaking time for notes: about 250 Chinese characters, 300 Japanese characters or 150 English
// words a minute.
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { memo } from '../shared/memo.ts'
import { kana, kanaShare } from './article-lang.ts'

/** Characters a minute: Chinese as read aloud; Japanese as NHK news is read (300 a minute, README). */
const chineseRate = 250
const japaneseRate = 300
const englishRate = 150

const cjk = /[\u3400-\u9FFF\uF900-\uFAFF]/gu
const word = /[A-Za-z0-9][\w'’.-]*/gu

/** Blocks that are shown, or read from the notes, rather than said: code, tables, markup and rules take no speaking time. */
const unspoken = new Set(['code', 'math', 'table', 'html', 'thematicBreak'])

/** The blocks of `nodes` that the speaker says aloud. */
export function spokenBlocks<T extends RootContent>(nodes: T[]): T[] {
  return nodes.filter(node => !unspoken.has(node.type))
}

/** Seconds it takes to say `nodes` aloud. */
export function speakingTime(nodes: RootContent[]): number {
  return speakingSeconds(nodes.map(node => toString(node)).join('\n'))
}

/** Pictures, diagrams, code, tables and display formulas in `nodes`, each counted once: what the room looks at rather than hears. */
export function visualsIn(nodes: RootContent[]): number {
  return nodes.reduce((count, node) => {
    if (node.type === 'code' || node.type === 'table' || node.type === 'math' || node.type === 'image' || node.type === 'imageReference')
      return count + 1
    return count + ('children' in node ? visualsIn(node.children as RootContent[]) : 0)
  }, 0)
}

/** Seconds it takes to say the plain text `text` aloud. */
export function speakingSeconds(text: string): number {
  return Math.round(exactSeconds(text))
}

// Planning asks for the same texts' times many times over (merging, paginating, slots).
const remembered = memo(countSeconds)

/** Seconds it takes to say `text` aloud, unrounded, for sums over many texts. */
export function exactSeconds(text: string): number {
  return remembered(text)
}

function countSeconds(text: string): number {
  // Counted by what removing them takes off: matching would make a string of each.
  const han = text.length - text.replace(cjk, '').length
  const kanaCount = text.length - text.replace(kana, '').length
  const words = text.replace(cjk, ' ').replace(kana, ' ').match(word)?.length ?? 0
  // Text with kana is Japanese, its kanji read with its kana at the Japanese rate; a Chinese
  // text quoting one katakana name stays Chinese (the share articleLang judges by).
  const japanese = kanaCount > 0 && kanaCount / (han + kanaCount) >= kanaShare
  const characters = (han + kanaCount) / (japanese ? japaneseRate : chineseRate)
  return characters * 60 + words / englishRate * 60
}
