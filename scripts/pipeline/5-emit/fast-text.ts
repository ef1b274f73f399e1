// mdast-util-to-markdown's text handler, with the same output for less work. It tries every
// unsafe pattern on every text, and a pattern needs its character: only those whose
// character is there are tried (`unsafe-patterns.ts`), and a text with none is written as is.
// It also writes each text after another inline node once more, only to learn the text's
// first character (`peek`); that character depends on the first few characters alone (an
// escape at 0 looks at most 3 ahead, and at whether 1 is escaped), so only those are written.
import type { Text } from 'mdast'
import type { Handle, Info, State } from 'mdast-util-to-markdown'
import { defaultHandlers } from 'mdast-util-to-markdown'
import { unsafePatterns } from '../inert/unsafe-patterns.ts'

const peekLength = 8

type Parents = Parameters<Handle>[1]

function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const all = state.unsafe
  state.unsafe = unsafePatterns(all, (info.before ?? '') + node.value + (info.after ?? ''))
  // No pattern can match (and no backslash is there to escape): the text is written as it is.
  if (!state.unsafe.length) {
    state.unsafe = all
    return node.value
  }
  try {
    return defaultHandlers.text(node, parent, state, info)
  }
  finally {
    state.unsafe = all
  }
}

function peek(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  return text(node.value.length > peekLength ? { ...node, value: node.value.slice(0, peekLength) } : node, parent, state, info)
}

/** The text handler, with its `peek`. */
export const fastText: Handle = Object.assign(text, { peek })
