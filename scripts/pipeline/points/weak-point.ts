// Key points that say nothing on a slide: fragments (the language layer's `isFragment`: they
// end on a word that wants more, "of", 的, "…可能需要"), a bare date ("2025年11月左右"), or a
// pointer elsewhere ("See #28491 for more info"). A fragment is never shown; a date or pointer
// only when nothing better is left.
import type { Lang } from '../model/deck.ts'
import { isFragment } from '../text/lang/index.ts'

const dateOnly = /^(?:北京时间|美国时间|当地时间)?[截至到在于从自]*[\d\s\u200B年月日号初底中旬左右前后]+$/u

// A pointer to more reading ("See #28491 for more info", "详见附录") says nothing on its own.
const pointer = /^(?:See\b|For more\b|Read more\b|Learn more\b|More (?:info|details)\b|Click here\b|点击(?:这里|此处)|详见|参见|参阅|更多(?:信息|细节|内容|详情)?请?(?:见|参阅|参考|查看))|\bfor (?:more )?(?:info|information|details)\.?$/iu

/** Whether a key point says nothing by itself: a bare date or a pointer to more reading. */
export function saysNothing(text: string): boolean {
  const trimmed = text.trim()
  return dateOnly.test(trimmed) || pointer.test(trimmed)
}

/** Whether a key point reads as a fragment or says nothing by itself. */
export function isWeakPoint(text: string, lang: Lang): boolean {
  return saysNothing(text) || isFragment(text, lang)
}

/** Words of English `text` (a figure or a hyphenated word is one): a budget unit, so counted without the tagger. */
export function englishWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
}
