// Key points that read as fragments: they end on a word that wants more ("of", "but", 的,
// 已经), say only when ("2025年11月左右"), or point elsewhere ("See #28491 for more info").
// The planner shows them only when nothing better is left, and a cut never ends on one.
import type { Lang } from '../model/deck.ts'

// Chinese connectives that open the next clause: a key point never ends on one.
const connectives = '此外|另外|而且|并且|但是|然而|因此|所以|以及|同时'
// Japanese particles and conjunctive endings that want what follows ("Rustで", "高速なので", "React Conf にて",
// "移行していない場合でも", "コンパイルされていれば", "全体を通じて", "メモ化を適用し"); の after も is the noun
// もの ("必要なもの"), and て after すべ, 初め or かつ ends an adverb.
const japaneseDangling = /(?:[はがをにでへやと]|(?<!も)の|から|まで|より|ので|のに|けど|けれど|けれども|ため|ながら|という|として|について|における|にて|でも|ても|れば|たら|(?<!すべ|初め|かつ)て|\p{Script=Han}し)$/u
const dangling = { zh: new RegExp(`(?:[是为的了之和与及或在对把被将等其向从给让使]|如下|包括|以下|已经|正在|一直|仍然|(?<!的)开始|${connectives})$`, 'u'), en: /(?:\b(?:the|a|an|of|to|and|or|but|so|yet|because|if|when|while|where|although|though|unless|whereas|is|are|was|were|be|been|being|do|does|did|has|have|had|they|we|he|she|i|will|would|can|could|should|may|might|must|not|very|more|most|less|that|which|who|whose|with|for|in|on|by|as|at|from|into|onto|over|under|about|among|amongst|across|between|through|during|than|via|per|within|without|its|their|our|your|his|her|my|this|these|those|such)|['’]s)$/iu, ja: japaneseDangling }
// A verb that introduces a claim ("证明了开发者…的需求") with a few characters after it: the claim is cut off.
const claimCut = /(?:证明|表明|说明|显示|意味着|标志着|认为|发现|指出)了?[^，,。；;：:]{0,4}$/u
const dateOnly = /^(?:北京时间|美国时间|当地时间)?[截至到在于从自]*[\d\s\u200B年月日号初底中旬左右前后]+$/u

// A pointer to more reading ("See #28491 for more info", "详见附录") says nothing on its own.
const pointer = /^(?:See\b|For more\b|Read more\b|Learn more\b|More (?:info|details)\b|详见|参见|参阅|更多(?:信息|细节|内容|详情)?请?(?:见|参阅|参考|查看))|\bfor (?:more )?(?:info|information|details)\.?$/iu

/** Whether a key point reads as a fragment: it ends on a word that wants more, says only when, or points elsewhere. */
export function isWeakPoint(text: string, lang: Lang): boolean {
  const trimmed = text.trim()
  return dangling[lang].test(trimmed) || (lang === 'zh' && claimCut.test(trimmed)) || dateOnly.test(trimmed) || pointer.test(trimmed) || (lang === 'en' && englishWords(trimmed) <= 4 && /^(?:In|On|At|For|With|By|From|During|Within|Under|Starting|Since|Back|After|Before|Until|As of)\b/u.test(trimmed))
}

// A Chinese clause that ends on a connective ("…大于 5 小时，此外") opens the next one.
const connectiveEnd = new RegExp(`(?:${connectives}|不过)$`, 'u')

// A Chinese clause that opens with a subordinator ("…优势是，由于没有个人电脑会受到损害") wants
// its main clause; one that ends on 是 or 为 wants what it is.
const subordinate = /(?:^|[，,：:；;])\s*(?:由于|因为|如果|假如|虽然|尽管|即使|只要|只有|除非)[^，,：:；;]*$/u
const copulaEnd = /[是为]$/u

/** Whether a clause of `lang` cannot end a key point: English or Japanese on a word that wants more, Chinese on a connective, a subordinate clause or 是. */
export function isOpenClause(text: string, lang: Lang): boolean {
  const trimmed = text.trim()
  return lang !== 'zh' ? isWeakPoint(trimmed, lang) : connectiveEnd.test(trimmed) || subordinate.test(trimmed) || copulaEnd.test(trimmed)
}

/** Words of English `text` (a figure or a hyphenated word is one). */
export function englishWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
}
