// Key points that say nothing on a slide (a letter's sign-off is the layer's `isSignOff`): fragments (the language layer's `isFragment`: they
// end on a word that wants more, "of", 的, "…可能需要"), a bare time (the layer's `saysWhenOnly`:
// "2025年11月左右"), a byline ("December 17, 2021 by …") or a pointer elsewhere ("See #28491 for
// more info"). A fragment is never shown; the others only when nothing better is left.
import type { Lang } from '../../model/deck.ts'
import { isFragment, isSignOff, saysWhenOnly } from '../../text/lang/index.ts'
import { isCjk } from '../../text/measure.ts'

// A date and who wrote it, as an article's header gives them.
const byline = /^(\S.*?) by \p{Lu}/u

// A pointer to more reading ("See #28491 for more info", "详见附录", "Click here", "ドキュメントはこちら") says nothing on its own.
const pointer = /^(?:See\b|For more\b|Read more\b|Learn more\b|More (?:info|details)\b|Click here\b|点击(?:这里|此处)|详见|参见|参阅|更多(?:信息|细节|内容|详情)?请?(?:见|参阅|参考|查看)|詳しくは|詳細は)|\bfor (?:more )?(?:info|information|details)\.?$|はこちら(?:です)?$|こちら(?:で|を|から)?(?:ご覧|参照|確認)/iu

/** Whether a key point says nothing by itself: a bare time, a byline, a sign-off or a pointer to more reading. */
export function saysNothing(text: string, lang: Lang): boolean {
  const trimmed = text.trim()
  const date = byline.exec(trimmed)?.[1]
  // A byline is written in the script of its date ("December 17, 2021 by…" in a Japanese article).
  return saysWhenOnly(trimmed, lang) || pointer.test(trimmed) || isSignOff(trimmed) || (date !== undefined && saysWhenOnly(date, isCjk(date) ? lang : 'en'))
}

/** Whether a key point reads as a fragment or says nothing by itself. */
export function isWeakPoint(text: string, lang: Lang): boolean {
  return saysNothing(text, lang) || isFragment(text, lang)
}

/** Words of English `text` (a figure or a hyphenated word is one): a budget unit, so counted without the tagger. */
export function englishWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
}
