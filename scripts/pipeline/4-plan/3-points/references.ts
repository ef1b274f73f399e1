// Release notes end an item on its references: the issue or pull request and who wrote it
// ("修复… [#47350](…/issues/47350) @[tangenta](https://github.com/tangenta)", "Fix the cache (#1234) by @ana").
// They point a reader at the tracker; a room cannot follow them, so a slide shows the change and
// the notes keep the references.
import type { PhrasingContent } from 'mdast'
import { plainText } from '../../text/phrasing.ts'

// A reference's words: an issue or pull number ("#47350", "GH-12", "tikv/tikv#15351"), a handle ("@tangenta"),
// or a person's name written as a link just after an "@".
const number = /^(?:[\w.-]+\/[\w.-]+)?#\d+$|^GH-\d+$/iu
const handle = /^@[\w.-]+$/u
// What may sit between and around references: spaces, commas, brackets, "@", and "by".
const between = /^(?:[\s,，、()（）[\]@]|by\b)*$/iu

// One word of a run of references: a number, a handle, or the "by" before a handle.
function referenceWord(word: string): boolean {
  return number.test(word) || handle.test(word) || /^by$/iu.test(word)
}

function isReference(node: PhrasingContent, before: PhrasingContent | undefined): boolean {
  const text = plainText([node]).trim()
  if (node.type === 'link')
    return number.test(text) || handle.test(text) || (before?.type === 'text' && before.value.endsWith('@') && /^[\w.-]+$/u.test(text))
  return node.type === 'text' && text.split(/[\s,，、()（）]+/u).filter(Boolean).every(referenceWord) && /[#@]/u.test(text)
}

// Where the references a text ends on begin ("… (#1234) by @ana", "…, tikv/tikv#15351"), read word by word from its end.
function referencesFrom(value: string): number | undefined {
  const words = [...value.matchAll(/[^\s,，、()（）[\]]+/gu)]
  let at = value.length
  let found = false
  for (const word of words.reverse()) {
    if (!referenceWord(word[0]) || !between.test(value.slice(word.index + word[0].length, at)))
      break
    found ||= /[#@]/u.test(word[0])
    at = word.index
  }
  return found ? at : undefined
}

/** `nodes` without the references they end on (at least one issue, pull request or handle), or `nodes` when none. */
export function withoutReferences(nodes: PhrasingContent[]): PhrasingContent[] {
  let end = nodes.length
  let found = false
  while (end > 0) {
    const node = nodes[end - 1]!
    const reference = isReference(node, nodes[end - 2])
    if (!reference && !(node.type === 'text' && between.test(node.value)))
      break
    found ||= reference
    end--
  }
  const kept = nodes.slice(0, end)
  const last = kept.at(-1)
  // The last text before them may end on references of its own ("… (#1234) by @ana").
  const own = last?.type === 'text' ? referencesFrom(last.value) : undefined
  if ((!found && own === undefined) || !plainText(kept).trim() || own === 0)
    return nodes
  if (last?.type !== 'text')
    return kept
  // The text before the references keeps its words but not the separators after them.
  return [...kept.slice(0, -1), { type: 'text', value: last.value.slice(0, own).replace(/[\s,，、(（[@]+$/u, '') }]
}
