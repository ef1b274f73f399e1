import type { Lang } from '../../model/deck.ts'
// The language layer: what the planner asks of a language, answered by a well-kept tagger for
// each one (compromise for English, jieba for Chinese, lindera for Japanese). Every decision of
// the kind "is this a whole thought, may a key point stop here" goes through `isFragment` and
// `wholeUpTo`, so the rules are written once on universal parts of speech.
import type { Language, Word } from './word.ts'
import { memo } from '../../shared/memo.ts'
import { textLang } from '../article-lang.ts'
import { isWide } from '../width.ts'
import { english } from './en.ts'
import { japanese } from './ja.ts'
import { chinese } from './zh.ts'

export type { Cue, Language, Pos, Word } from './word.ts'

/** A language code the layer knows; anything else is read as English. */
export type LangCode = 'en' | 'zh' | 'ja'

const languages: Readonly<Record<LangCode, Language>> = { en: english, zh: chinese, ja: japanese }

/** The rules of `lang`. */
export function language(lang: string): Language {
  return languages[lang as LangCode] ?? english
}

// Tagging is the costly step (1–2 ms a sentence) and the planner asks about the same sentence
// at many cut points: tag each text once, and cut points read the words up to them.
const tagged = Object.fromEntries((Object.keys(languages) as LangCode[]).map(code => [code, memo(text => languages[code].words(text))])) as Record<LangCode, (text: string) => Word[]>

/** The marks that end a clause inside a sentence in `lang`, one character (Japanese 、 among them, not Chinese). */
export function clauseMark(lang: string): RegExp {
  return language(lang).clauseMark
}

/** The words of `text` in `lang`, punctuation left out (shared: do not change them). */
export function words(text: string, lang: string): readonly Word[] {
  return (tagged[lang as LangCode] ?? tagged.en)(text)
}

/** `text` in the quotation marks of `lang`: a name (a heading's words) inside a sentence. */
export function quoted(text: string, lang: string): string {
  const [open, close] = language(lang).quotes
  return `${open}${text}${close}`
}

/** Whether `text` asks a question in `lang`, whether or not a question mark ends it. */
export function asks(text: string, lang: string): boolean {
  return /[?？]\s*$/u.test(text) || language(lang).asks(words(text, lang))
}

/** Whether the figure at `start`…`end` of `text` is a rise (1) or a fall (-1) by the words next to it in `lang`, else 0 ("grew by 33%" → 1, "減少しました（13%）" → -1). */
export function changeSign(text: string, start: number, end: number, lang: string): 1 | -1 | 0 {
  const { rise, fall } = language(lang).change
  const [before, after] = [text.slice(Math.max(0, start - 24), start), text.slice(end, end + 12)]
  const up = rise.before.test(before) || rise.after.test(after)
  const down = fall.before.test(before) || fall.after.test(after)
  return up === down ? 0 : up ? 1 : -1
}

/** Every language's phrasings that announce a point, and openings that lean on the sentence before: an article quotes other languages too. */
export const cues = {
  announcing: Object.values(languages).flatMap(known => known.announces),
  leaning: Object.values(languages).flatMap(known => known.leansBack),
}

/** The words `text` opens with that tie it to the text around it ("However", "值得注意的是", "しかし"), in any language the layer knows; undefined without. */
export function leadIn(text: string): string | undefined {
  return Object.values(languages).map(known => known.leadIns.exec(text)?.[0]).find(Boolean)
}

/** Whether `text` points at what follows it in `lang` ("…を実行する必要があります: 以下の操作", "as follows"). */
export function pointsAhead(text: string, lang: string): boolean {
  return language(lang).ahead.test(text)
}

/** The opening adverbial of `text` in `lang` that sets its scene ("As Rust grows, "), with the mark and space after it; undefined without. */
export function openingFrame(text: string, lang: string): string | undefined {
  return language(lang).frames?.exec(text)?.[0]
}

/** Whether `text` opens with a line that credits a translation or its source, in any language the layer knows (a Japanese article may credit in English). */
export function isCreditLine(text: string): boolean {
  return Object.values(languages).some(known => known.credit.test(text))
}

/** Whether `text` only closes a letter ("Cheers,\nRyan"), in any language the layer knows. */
export function isSignOff(text: string): boolean {
  // Its lines read as one: "Cheers,\\\nRyan" is "Cheers, Ryan".
  const line = text.replace(/\\?\r?\n/gu, ' ').replace(/\s+/gu, ' ').trim()
  return Object.values(languages).some(known => known.signOff.test(line))
}

const pairs: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['{', '}'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['《', '》'], ['[', ']'], ['【', '】']]

/** Whether `text`'s brackets and quotes are balanced: a cut inside them would leave them open on the slide. */
export function balanced(text: string): boolean {
  const count = (char: string): number => text.split(char).length - 1
  return count('"') % 2 === 0 && pairs.every(([open, close]) => count(open) === count(close)) && singleQuotesClosed(text)
}

// ’ is also the apostrophe ("we’re", "users’", as Slidev's typographer writes "we're"): it closes
// a quote only when a ‘ is open, so only an open ‘ left unclosed leaves the text open.
function singleQuotesClosed(text: string): boolean {
  let open = 0
  for (const mark of text.matchAll(/[‘’]/gu)) {
    if (mark[0] === '‘')
      open++
    else if (open > 0 && !/\p{L}/u.test(text.charAt(mark.index + 1)))
      open--
  }
  return open === 0
}

// Parts of speech that name nothing on their own: a label made only of them ("We", "About",
// "Since", "The") says nothing.
const empty = new Set(['pron', 'det', 'adp', 'cconj', 'sconj', 'aux', 'part', 'num', 'punct', 'x'])

// Marks a whole thought never ends on: a comma, colon, dash, an opening bracket or a TeX escape.
const openMark = /[,，、:：;；(（[【「『《“‘\\—–-]\s*$/u

// Whether trimmed `text` is left open by its marks alone: an open mark at its end, or a bracket or quote unclosed.
function openByMarks(text: string): boolean {
  return openMark.test(text) || !balanced(text)
}

/** Whether `text` is a fragment in `lang`: it ends on a word that wants more, opens on one that continues something, or leaves a bracket or quote open. */
export function isFragment(text: string, lang: string): boolean {
  const trimmed = text.trim()
  // Nothing shown is no fragment: an empty slide is counted as such.
  if (!trimmed)
    return false
  const rules = language(lang)
  // A colon hands its clause's object to what follows: "the big things were:", "可以概括为：" head the list
  // under them whole. Around a function word ("…of the:", "…since are:") it is still cut.
  const head = trimmed.replace(/[:：]$/u, '').trimEnd()
  if (head !== trimmed && head && !openByMarks(head)) {
    const before = words(head, lang)
    return isFragment(head, lang) && (namesNothing(before) || rules.opensIn(before) || ['det', 'cconj', 'sconj'].includes(before.at(-1)!.pos)
      || ['det', 'adp', 'cconj', 'sconj', 'part'].includes(before.at(-2)?.pos ?? ''))
  }
  if (openByMarks(trimmed))
    return true
  const all = words(trimmed, lang)
  // After a label ("Jan David Nose: Funnily enough", "分发渠道：开源社") what it labels must read whole too.
  const value = /^[^:：]+(?::\s|：)\s*(\S.*)$/su.exec(trimmed)?.[1]
  return namesNothing(all) || rules.opensOut(all, trimmed) || rules.opensIn(all) || (value !== undefined && isFragment(value, lang))
}

// Only function words and adverbs ("It", "There", "Also") name nothing; a figure alone ("45%") is no cut.
function namesNothing(all: readonly Word[]): boolean {
  return !all.length || (all.every(word => empty.has(word.pos) || word.pos === 'adv') && !all.every(word => word.pos === 'num'))
}

/**
 * Whether the first `end` characters of `text` make a whole thought, judged with the words of the
 * whole text (a tagger reads a word better in its sentence): false when `end` falls inside a word.
 * A `headline` may be a noun phrase that the sentence goes on to say something about.
 */
export function wholeUpTo(text: string, end: number, lang: string, options: { headline?: boolean } = {}): boolean {
  const head = text.slice(0, end)
  const trimmed = head.trimEnd()
  if (!trimmed.trim() || openByMarks(trimmed))
    return false
  const all = words(text, lang)
  if (all.some(word => word.start < trimmed.length && word.end > trimmed.length))
    return false
  // Between the items of a Chinese list ("防护措施、红队 | 测试和…") the list is half said.
  if (lang === 'zh' && /、[^，,。；;：:]*$/u.test(trimmed) && !/^\s*\p{P}/u.test(text.slice(trimmed.length)))
    return false
  // A number or version is one word though a tagger may split it at its dots ("包含 7.2 | .0-DMR").
  const rest = text.slice(trimmed.length)
  if ((/\d$/u.test(trimmed) && /^[.\-_]\d/u.test(rest)) || (/\d[.\-_]$/u.test(trimmed) && /^\d/u.test(rest)))
    return false
  const before = all.filter(word => word.end <= trimmed.length)
  if (lang === 'en' && splitsEnglishList(trimmed, text.slice(trimmed.length), before.at(-1)))
    return false
  // Between two figures of a list ("We were seeing 30, | 40 and even 50 percent") the list is half said.
  const next = all[before.length]
  // So are two verbs that share what follows: "help with identifying | and applying best practices" (a headline may
  // stop on the first: "GitHub Pages will rebuild").
  const verbForm = (word: Word | undefined): string | undefined => ['Gerund', 'Infinitive', 'PastTense', 'PresentTense'].find(form => word?.tags.includes(form))
  if (lang === 'en' && !options.headline && next?.pos === 'cconj' && verbForm(before.at(-1)) && verbForm(before.at(-1)) === verbForm(all[before.length + 1]))
    return false
  const gap = next ? text.slice(trimmed.length, next.start) : ''
  if (before.at(-1)?.pos === 'num' && next?.pos === 'num' && /^[\s,，、]*$/u.test(gap) && gap.trim())
    return false
  const rules = language(lang)
  // A head with no predicate, when the sentence's comes after the cut, is a subject left alone ("One thing | that we…").
  // A headline (a slide title) may be that noun phrase: "Rust expertise | has grown" titles a slide.
  // So is the last clause of a Chinese or Japanese head with no predicate ("…話として、Xuan Huang | が…").
  const after = all.slice(before.length)
  // (In Chinese the last item of a 、 list counts as one too: "我们从年龄、…、职业身份 | 等方面".)
  const lastClause = before.filter(word => ![...text.slice(word.end, trimmed.length)].some(mark => rules.clauseMark.test(mark) || mark === '、'))
  // A Japanese adjective right before its noun is no predicate: "新しい | シグナル" (of "これらのグループは、新しいシグナル、…").
  const predicative = (word: Word): boolean => rules.predicate(word) && !(lang === 'ja' && word.pos === 'adj' && ['noun', 'propn'].includes(all[all.indexOf(word) + 1]?.pos ?? '') && !/\p{P}/u.test(text.slice(word.end, all[all.indexOf(word) + 1]?.start)))
  const subjectOnly = !options.headline && ((after.some(rules.predicate)
    && (!before.some(rules.predicate) || (lang !== 'en' && lastClause.length < before.length && !lastClause.some(predicative))))
  || (rules.heldSubject?.(before, after) ?? false))
  return before.length > 0 && !subjectOnly && !splitsPhrase(before.at(-1)!, next, text, lang, options.headline) && !rules.opensOut(before, trimmed) && !rules.opensIn(before)
}

// A cut inside a list of three or more: "the diversity, | equity, and inclusivity" (a noun before the cut,
// an item and ", and" after it) or "the diversity, equity | , and…" (an item after a comma before it).
const shortItem = String.raw`[^\s,;:.]+(?:\s+[^\s,;:.]+){0,2}`
const itemThenEnd = new RegExp(String.raw`^\s*,\s*${shortItem}\s*,\s*(?:and|or)\s`, 'u')
const listEnd = /^\s*,\s*(?:and|or)\s/u
const itemBefore = new RegExp(String.raw`,\s*${shortItem}\s*$`, 'u')
function splitsEnglishList(before: string, after: string, last: Word | undefined): boolean {
  return (itemThenEnd.test(after) && ['noun', 'propn', 'adj'].includes(last?.pos ?? '')) || (listEnd.test(after) && itemBefore.test(before))
}

// Particles that tie the word before them to what follows (带来 | 的好处, 今年 | の振り返り) or
// belong to the verb before them (谈到 | 了).
const linking = new Set(['的', '之', 'の', '了', '着'])

// Words that open the clause a verb takes as its object.
const complementOpeners = new Set(['that', 'whether', 'how', 'what', 'why', 'which', 'who'])

// A cut with nothing between the words on either side splits a phrase when it falls between a
// modifier and its noun ("stabilizes generic | associated types", "开源 | 模型"), a verb and its
// object ("提供了 | 前所未有的机遇"), or before a linking particle.
function splitsPhrase(last: Word, next: Word | undefined, text: string, lang: string, headline = false): boolean {
  if (!next || /\p{P}/u.test(text.slice(last.end, next.start)))
    return false
  const nominal = ['noun', 'propn']
  const object = [...nominal, 'adj', 'num', 'pron', 'det']
  // A Japanese particle or auxiliary belongs to the word before it: "新た | に", "…するの | に".
  if (next.tags[0] === '助詞' || next.tags[0] === '助動詞')
    return true
  // A negation after the cut turns the phrase round: "状態遷移を考えること | なく" (without thinking).
  if (lang === 'ja' && /^(?:な(?:い|く|かっ|けれ)|ず|ぬ)$/u.test(next.text))
    return true
  const verb = last.pos === 'verb' || last.text === '了'
  // The particle of a phrasal verb belongs to its verb: "will go | through"; after 了 only a
  // conjunction or preposition starts anything new ("谈到了 | 防护措施", 防护 tagged a verb).
  return linking.has(next.text) || next.tags.includes('Particle')
    || (last.text === '了' && !['cconj', 'sconj', 'adp'].includes(next.pos))
    || (['adj', 'det', 'num'].includes(last.pos) && [...nominal, 'adj'].includes(next.pos))
    || (nominal.includes(last.pos) && nominal.includes(next.pos))
    || (verb && object.includes(next.pos))
    // Chinese writes no space between a predicate's verbs ("已默认 | 启用"), a subject and its verb
    // ("许多企业 | 选择捐赠…"), or a figure and its unit ("2022 | 年"). English tags too many nouns as
    // verbs ("metadata tags") to read these from its tags.
    // Nor between an adjective and the word it qualifies, which jieba may tag a verb ("危险 | 行为", "快速 | 增长").
    || (lang === 'zh' && ((last.pos === 'verb' && next.pos === 'verb') || (nominal.includes(last.pos) && next.pos === 'verb') || (last.pos === 'num' && next.pos === 'num') || (last.pos === 'adj' && next.pos === 'verb')))
    // A clause ending on an auxiliary right before a noun modifies it: "立っていただいた | 方々".
    // So does one right before a figure: "私が取り組んできた | 2つの重要な分野".
    || (last.pos === 'aux' && [...nominal, 'num'].includes(next.pos))
    // A Japanese particle right before a noun hands its phrase on: "ベンダー中立な | 計装" (な of an adjectival
    // noun, which the tagger reads as a closing particle), "私の | 本".
    || (lang === 'ja' && ['part', 'adp', 'aux'].includes(last.pos) && ([...nominal, 'num', 'pron'].includes(next.pos) || next.tags[0] === '接頭詞'))
    // A verb and the clause it takes: "We also asked | whether respondents…".
    || (last.pos === 'verb' && complementOpeners.has(next.text.toLowerCase()))
    || (language(lang).joined?.(last, next, headline) ?? false)
}

/** Whether `text` only says when ("2025年11月左右", "Each year", "去年"): no point on its own, though a fair label for a period compared. */
export function saysWhenOnly(text: string, lang: string): boolean {
  const all = words(text.trim(), lang)
  return all.length > 0 && language(lang).timeOnly(all)
}

/**
 * Whether `text` is a run-in label, a name that heads what follows and says nothing itself ("Step 1", "Lemma",
 * "Tree coloring book", "第一步"): at most five words, a noun or figure among them, no pronoun or auxiliary, and no
 * predicate (a Chinese or Japanese adjective is one: "智能体技术成熟" says something), but for an English label's first
 * word, which a tagger may read as an imperative ("Step 1").
 */
export function isLabel(text: string, lang: string): boolean {
  const all = words(text.trim(), lang)
  return all.length > 0 && all.length <= 5 && !isFragment(text, lang)
    && all.some(word => ['noun', 'propn', 'num'].includes(word.pos))
    && (nounPhrase(all, lang) || all.every((word, index) => !['pron', 'aux', 'part', 'sconj'].includes(word.pos) && (!language(lang).predicate(word) || (index === 0 && lang === 'en'))))
}

// A Japanese phrase that ends on its noun with no particle in it is a noun phrase, whatever modifies the noun:
// "保証された配信" (guaranteed delivery), "重要な点".
function nounPhrase(all: readonly Word[], lang: string): boolean {
  return lang === 'ja' && all.at(-1)!.pos === 'noun' && all.every(word => !['pron', 'adp', 'part', 'sconj', 'cconj'].includes(word.pos))
}

// jieba's locative and time tags (以来, 之后, 前; 去年): such a word places or dates a thing, it names none.
const placeOrTime = new Set(['f', 't'])

/** Whether the clause `text` only gives the reason for a claim it does not hold ("アプリの基本構造は変わっていないからです", the tail of "…だけが価値を持ちます、というのも…からです"). */
export function givesReasonOnly(text: string, lang: string): boolean {
  return language(lang).reasonEnd?.test(text.trim()) ?? false
}

/**
 * Whether the clause `text` opens on what it is about (a name, noun or pronoun), so it stands as a point
 * without the clause before it: "React 17 および 18 でもサポートを追加しました" does; "则需要从 etcd 获取",
 * "但在 2023 年有所减少", "揭示了中国开源的全貌" (whose subject was in the clause before) do not.
 */
export function opensOnSubject(text: string, lang: string): boolean {
  const first = words(text.trim(), lang)[0]
  return first !== undefined && ['noun', 'propn', 'pron'].includes(first.pos) && !placeOrTime.has(first.tags[0] ?? '')
}

/**
 * Whether the clause `head` ends with hands its subject and tense on to the next one: a Japanese
 * verb in its continuative form ("私はカンファレンスに参加し、登壇し、| ポッドキャストに出演し…"). What
 * follows it is the rest of one list of actions, not a clause of its own.
 */
export function handsOn(head: string, lang: string): boolean {
  if (lang !== 'ja')
    return false
  const last = words(head.replace(/[、，,\s]+$/u, ''), lang).at(-1)
  return last !== undefined && ['verb', 'aux'].includes(last.pos) && (last.tags[2] ?? '').startsWith('連用') && !(last.tags[2] ?? '').startsWith('連用タ接続')
}

// Japanese particles that mark what a clause is about (は, も), its subject (が), else its object (を).
const topicParticles = [new Set(['は', 'が', 'も']), new Set(['を'])]

/**
 * The noun phrase a Japanese clause is about, before its は, が or も, else what it acts on, before its を
 * ("React Compiler による開発者の生産性向上" of "…生産性向上も期待される効果でした", "コンパイラによる最適化と改善"
 * of "…改善をさらに追加する予定です"): a headline when the clause is too long for one. Undefined when the
 * clause has none, or when it is a word or two ("コアチーム") or runs over a clause mark.
 */
export function topicPhrase(text: string, lang: string): string | undefined {
  if (lang !== 'ja')
    return undefined
  const trimmed = text.trim()
  const all = words(trimmed, lang)
  const particle = (set: ReadonlySet<string>) => (word: Word): boolean => word.pos === 'adp' && set.has(word.text)
  for (const particles of topicParticles) {
    // A は or も right after another particle tops a place or a time, not a noun phrase ("React 18 に | は …改善が").
    const at = all.findIndex((word, index) => particle(particles)(word) && all[index - 1]?.pos !== 'adp')
    // What a clause acts on is the phrase after its topic, if it has one: "コアチームも | 研究結果を".
    const from = all.slice(0, Math.max(0, at)).findLastIndex(particle(topicParticles[0]!)) + 1
    const head = all.slice(from, Math.max(0, at))
    const phrase = head.length ? trimmed.slice(head[0]!.start, head.at(-1)!.end) : ''
    if (head.length >= 3 && ['noun', 'propn'].includes(head.at(-1)!.pos) && !clauseMark(lang).test(phrase))
      return phrase
  }
  return undefined
}

/**
 * Whether `label` names what a chart entry counts (`figure`, the default) or what happened (`event`): a noun
 * phrase or a clause with a noun in it; never only the figure, a period ("去年"), function words, a fragment,
 * a label that opens on a particle, preposition, locative or measure left from its figure ("自 成立以来",
 * "年 GitHub…", "中正确填写…", "にはデジタル庁…") or ends on a locative ("6 年之后"). A figure's label also never ends on a verb that
 * lost its object ("活跃仓库使用"), unless the figure is part of it ("CPU 使用率降低 30%").
 */
export function namesSomething(label: string, articleLang: string, figure = '', kind: 'figure' | 'event' = 'figure'): boolean {
  // A label in Latin letters alone in a Chinese or Japanese article ("The" of a quoted English finding) is read as English.
  const lang = textLang(label, articleLang as Lang)
  const rest = (figure ? label.split(figure).join(' ') : label).replace(/[\d\s.,%$€£¥+~\-−–/]/gu, '')
  if ([...rest].length < 2)
    return false
  // A title in its own marks names a work ("《并非所有AI辅助编程都是随心编程》").
  if (/^(?:《[^《》]+》|“[^“”]+”|「[^「」]+」)$/u.test(label.trim()))
    return true
  const all = words(label.trim(), lang)
  const first = all[0]
  const last = all.at(-1)
  // A label heads nothing: a colon at its end ("HAWQ 毕业成为 ASF 顶级项目：") is left open.
  // A sign left from the figure before it ("% 外れる確率") is no part of a name.
  if (!first || !last || language(lang).timeOnly(all) || openByMarks(label.trim()) || isFragment(label, lang) || /^[%‰％‱]/u.test(label.trim()))
    return false
  const opensOnLink = ['adp', 'part', 'cconj', 'sconj', 'aux'].includes(first.pos) || (first.pos === 'num' && !/\d/u.test(first.text)) || first.tags[0] === 'f'
  const endsOnPlace = last.pos === 'adp' || placeOrTime.has(last.tags[0] ?? '')
  // compromise reads a word out of its sentence as what it most often is: a bare plural as a verb
  // ("requests on crates"), a lone name as an adjective ("Maverick"). In English a verb or a capitalised
  // word counts as a content word. What happened is a predicate.
  const english = (word: Word): boolean => lang === 'en' && (word.pos === 'verb' || (word.pos === 'adj' && /^\p{Lu}/u.test(word.text)))
  // A Japanese dependent noun or suffix names nothing alone: "300万以上" labelled "以上" (or more), "未満".
  const dependent = (word: Word): boolean => lang === 'ja' && ['非自立', '接尾'].includes(word.tags[1] ?? '')
  const content = (word: Word): boolean => ((word.pos === 'noun' || word.pos === 'propn') && !placeOrTime.has(word.tags[0] ?? '') && !dependent(word))
    || (kind === 'event' && word.pos === 'verb') || english(word)
  // compromise's own tags tell a verb that lost its object ("…of its platform surpassed", "developers who have")
  // from a plural it misreads (its -s form, "crates", carries neither).
  const cutVerb = last.pos === 'verb' && (lang !== 'en' || last.tags.includes('PastTense') || last.tags.includes('Infinitive'))
  const lostObject = kind === 'figure' && cutVerb && !(figure && label.includes(figure))
  const names = all.some(content)
  return names && !opensOnLink && !endsOnPlace && !lostObject
}

/**
 * Offsets in `text` where a Chinese line may break: between two words jieba tells apart, where both sides are
 * Chinese characters and the second is no particle ("KubeSphere 开源|社区 2021 年度|回顾|与|致谢", never "开源社|区").
 * Chinese sets no spaces, so a browser breaks a title between any two characters; these are its only breaks once
 * the title keeps its words whole (styles/index.css). Japanese has Chromium's own phrases (`word-break: auto-phrase`),
 * and other languages break at spaces: both get none.
 */
export function lineBreaks(text: string, lang: string): number[] {
  if (lang !== 'zh')
    return []
  const all = words(text, lang)
  const wideAt = (at: number): boolean => isWide(text.codePointAt(at) ?? 0)
  return all.slice(1).flatMap((word, index) => {
    const before = all[index]!
    return before.end === word.start && wideAt(word.start - 1) && wideAt(word.start) && word.pos !== 'part' ? [word.start] : []
  })
}
