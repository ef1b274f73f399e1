// Japanese through lindera (lindera-wasm-nodejs-ipadic, MIT: IPADIC embedded in WebAssembly,
// synchronous, about 0.27 s to load, so only when a Japanese text is first tagged). IPADIC's
// parts of speech and conjugation forms say when a phrase wants more: a case particle at its
// end ("…を"), a verb in its continuative form ("勤め").
import type { Cue, Language, Pos, Word } from './word.ts'
import { createRequire } from 'node:module'

interface LinderaToken { surface: string, partOfSpeech: string, partOfSpeechSubcategory1?: string, conjugationForm?: string, conjugationType?: string }
interface LinderaTokenizer { tokenize: (text: string) => LinderaToken[] }
interface Lindera { TokenizerBuilder: new () => { setDictionary: (uri: string) => void, setMode: (mode: string) => void, setKeepWhitespace: (keep: boolean) => void, build: () => LinderaTokenizer } }

let tokenizer: LinderaTokenizer | undefined
// The wasm package is CommonJS that reads its .wasm beside it; required on first use only.
function tokenize(text: string): LinderaToken[] {
  if (!tokenizer) {
    const lindera = createRequire(import.meta.url)('lindera-wasm-nodejs-ipadic') as Lindera
    const builder = new lindera.TokenizerBuilder()
    builder.setDictionary('embedded://ipadic')
    builder.setMode('normal')
    builder.setKeepWhitespace(true)
    tokenizer = builder.build()
  }
  return tokenizer.tokenize(text)
}

// IPADIC part of speech (and sub-category) → UD.
const tagPos: Readonly<Record<string, Pos>> = { 名詞: 'noun', 動詞: 'verb', 形容詞: 'adj', 副詞: 'adv', 助詞: 'adp', 助動詞: 'aux', 接続詞: 'cconj', 連体詞: 'det', 接頭詞: 'x', 記号: 'punct', 感動詞: 'x', フィラー: 'x' }
const subPos: Readonly<Record<string, Pos>> = { 固有名詞: 'propn', 代名詞: 'pron', 数: 'num', 接続助詞: 'sconj', 終助詞: 'part', 係助詞: 'adp', 副助詞: 'adp', 並立助詞: 'cconj', 非自立: 'aux' }

function posOf(token: LinderaToken): Pos {
  const main = tagPos[token.partOfSpeech]
  if (main === 'punct' || main === undefined)
    return main ?? (/^\p{N}+$/u.test(token.surface) ? 'num' : /\p{L}/u.test(token.surface) ? 'noun' : 'punct')
  const sub = subPos[token.partOfSpeechSubcategory1 ?? '']
  return sub && !(main === 'noun' && sub === 'aux') ? sub : main
}

// lindera 2.0 reports IPADIC's conjugation type and form under each other's names (する's
// continuative し comes as form サ変・スル, type 連用形): take whichever is a form.
function conjugation(token: LinderaToken): string {
  return [token.conjugationType, token.conjugationForm].find(value => value && /形|接続/u.test(value)) ?? ''
}

function words(text: string): Word[] {
  const result: Word[] = []
  let at = 0
  for (const token of tokenize(text)) {
    const start = text.indexOf(token.surface, at)
    if (start < 0)
      continue
    at = start + token.surface.length
    const pos = posOf(token)
    if (pos !== 'punct' && token.surface.trim())
      result.push({ text: token.surface, start, end: at, pos, tags: [token.partOfSpeech, token.partOfSpeechSubcategory1 ?? '', conjugation(token)] })
  }
  return result
}

// Conjugation forms that continue into what follows: "勤め…", "退職し…", "大きく…".
const continuing = /^(?:連用|未然|仮定)/u
// Dependent nouns that make what comes before a reason or a condition: "改善するため", "移行する場合".
const purposeNouns = new Set(['ため', '場合', 'とき', '際', 'うち'])
// Set phrases that end on a particle and stand alone as headings: "はじめに" (introduction).
const setPhrases = new Set(['はじめに', 'おわりに', 'さいごに', '最後に', '初めに', '終わりに', 'ちなみに'])
// Particles a headline may end on: "…など", "…まで", sentence-final ones ("…か", "…ね").
const closingParticles = new Set(['など', 'まで', 'か', 'ね', 'よ', 'な'])

// A question closes on か or asks with a question word ("なぜ", "どう", "何").
const questionWords = new Set(['なぜ', 'どう', 'どうして', '何', 'なに', 'どこ', '誰', 'いつ', 'どれ', 'どの', 'どんな', 'どちら', 'いくつ', 'いくら'])

function opensOut(all: readonly Word[]): boolean {
  const last = all.at(-1)
  if (!last)
    return true
  if (['adp', 'sconj', 'cconj', 'det'].includes(last.pos) && !closingParticles.has(last.text) && !setPhrases.has(all.map(word => word.text).join('')))
    return true
  if (last.tags[0] === '接頭詞' || purposeNouns.has(last.text))
    return true
  // An adverb modifies the predicate still to come ("…使用されることはほとんど | ありません").
  if (last.pos === 'adv')
    return true
  // か after a plain verb joins alternatives ("…エラー コードを返すか、…が発生する場合は") unless a question word makes the
  // clause a question ("何を使うか"); after です or ます it asks, whole.
  if (last.text === 'か' && all.at(-2)?.pos === 'verb' && !all.some((word, index) => questionWords.has(word.text) && all[index + 1]?.text !== 'か'))
    return true
  // An adjectival noun's な modifies the noun that follows ("連続微分可能な | 関数"); a closing な follows a verb or だ.
  if (last.text === 'な' && all.at(-2)?.pos === 'noun')
    return true
  // A continuative verb after の is a noun ("今年の振り返り").
  return ['verb', 'adj', 'aux'].includes(last.pos) && continuing.test(last.tags[2] ?? '') && all.at(-2)?.text !== 'の'
}

// IPADIC marks time nouns as adverb-able nouns (今年, 去年) with numbers and counters (5 年, 4 月);
// after ASCII digits it reads 月 as a plain noun. Figures alone ("12") are no time.
function timeOnly(all: readonly Word[]): boolean {
  const time = (word: Word): boolean => word.tags[1] === '副詞可能' || word.tags[1] === '接尾' || /^[年月日]$/u.test(word.text)
  return all.some(time) && all.every(word => word.pos === 'num' || time(word))
}

function opensIn(all: readonly Word[]): boolean {
  const first = all[0]
  return !first || ['adp', 'sconj', 'aux', 'part'].includes(first.pos) || (first.tags[0] === '助詞')
}

/** Japanese. */
// Japanese marks its clauses with 、, which in Chinese only separates the items of a list.
// A translation's or a copy's credits: "翻訳 : …".
const credit = /^\s*(?:翻訳|原文|原著|訳者|翻訳者)\s*[:：]/u

// A reason's ending: "…からです", "…ためです", "…ので".
const reasonEnd = /(?:から|ため|ので)(?:です|だ|である)?[。.]?$/u

// A letter's closing: "以上、よろしくお願いします。", "敬具".
const signOff = /^(?:以上[、，,]? ?)?(?:よろしくお願い(?:いた)?します|敬具|草々|かしこ)[。！!]?(?: ?[\p{L}・]{1,12})?$/u

const asks = (all: readonly Word[]): boolean => all.at(-1)?.text === 'か' || all.some(word => questionWords.has(word.text))

// A rise or a fall: "33%増加", "16%の増加", "減少しました（13%）".
const change: Language['change'] = {
  rise: { before: /(?:増加|上昇|増)(?:し(?:まし)?た)?\s*[（(]\s*$/u, after: /^\s*の?(?:増加|増|上昇|伸び|成長)/u },
  fall: { before: /(?:減少|低下|下落|減)(?:し(?:まし)?た)?\s*[（(]\s*$/u, after: /^\s*の?(?:減少|減|低下|下落)/u },
}

// Phrasings that announce a point instead of making it, and openings that lean on the sentence before.
const announcing: readonly Cue[] = [
  { pattern: /^(?:詳細|詳しく|詳しい情報|より詳しい情報)(?:について)?(?:は|、).{0,60}(?:参照|ご覧|ご確認)/u, why: '"詳細については…を参照してください": points at another page, whose content is the point' },
  { pattern: /^(?:本記事|この記事|本稿|このエントリ|本エントリ|このブログ|今回の記事|この投稿|本投稿)(?:では|は|で)/u, why: '"本記事では…": about the article, not its subject' },
  { pattern: /^(?:それでは|では|次に|以下では|ここでは)[、,]?.{0,20}(?:見ていきましょう|見ていきます|紹介します|説明します|解説します)/u, why: 'turns to the next part; the part itself follows' },
]
const leaning: readonly Cue[] = [
  { pattern: /^(?:これ|それ|あれ|この|その|彼ら|彼女|彼)(?:により|によって|[はがをもにで]|らの|ら)/u, why: '"これにより…", "それは…": what it means is in the sentence before' },
]

// "しかし、…", "このため、…": a point stands alone without them.
const leadIns = /^(?:しかし|ただし|また|さらに|そのため|このため|つまり|なお|一方|実際に?|したがって|そこで|ところで|まず|次に|最後に|その結果|結果として)(?=[、，,\s])/u

export const japanese: Language = { credit, signOff, quotes: ['「', '」'], reasonEnd, words, opensOut, opensIn, timeOnly, asks, change, announces: announcing, leansBack: leaning, leadIns, ahead: /以下の|次の|下記の|以下に|次に示す/u, clauseMark: /[、，,：:；;—–]/u, predicate: word => word.pos === 'verb' || word.pos === 'adj' || word.pos === 'aux' }
