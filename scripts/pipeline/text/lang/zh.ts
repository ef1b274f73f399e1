// Chinese through jieba (@node-rs/jieba, MIT: native, its dictionary loads in about 0.3 s,
// so only when a Chinese text is first tagged). Its ICTCLAS tags tell prepositions,
// conjunctions, particles and adverbs apart; which verbs want an object is a word list,
// because jieba tags 需要 and 提供 as plain verbs.
import type { Cue, Language, Pos, Word } from './word.ts'
import jieba from '@node-rs/jieba'
import jiebaDict from '@node-rs/jieba/dict.js'
import { zhWords } from './zh-words.ts'

let tagger: jieba.Jieba | undefined
function tag(text: string): Array<{ word: string, tag: string }> {
  if (!tagger) {
    tagger = jieba.Jieba.withDict(jiebaDict.dict)
    tagger.loadDict(new TextEncoder().encode(zhWords))
  }
  return tagger.tag(text)
}

// ICTCLAS tag (its first letter, or the whole tag) → UD.
// A verbal noun (vn: 测试, 革命) heads noun phrases: 红队测试 is one phrase.
const tagPos: Readonly<Record<string, Pos>> = { vn: 'noun', n: 'noun', nr: 'propn', ns: 'propn', nt: 'propn', nz: 'propn', eng: 'propn', f: 'noun', s: 'noun', t: 'noun', v: 'verb', a: 'adj', b: 'adj', i: 'adj', l: 'adj', z: 'adj', d: 'adv', p: 'adp', c: 'cconj', u: 'part', y: 'part', r: 'pron', m: 'num', q: 'num', x: 'punct', w: 'punct' }

function words(text: string): Word[] {
  const result: Word[] = []
  let at = 0
  for (const { word, tag: ictclas } of tag(text)) {
    const start = text.indexOf(word, at)
    at = start < 0 ? at : start + word.length
    if (start < 0 || !word.trim())
      continue
    const pos = tagPos[ictclas] ?? tagPos[ictclas[0] ?? ''] ?? 'x'
    result.push({ text: word, start, end: start + word.length, pos: pos === 'punct' && /[\p{L}\p{N}]/u.test(word) ? 'x' : pos, tags: [ictclas] })
  }
  return result.filter(word => word.pos !== 'punct')
}

// Verbs and coverbs that want what follows them: a point cannot stop on one ("…可能需要",
// "…可视化库用于", "比如", "…机制来"). 是 and 为 want what something is.
const wantsObject = new Set(['是', '为', '需要', '用于', '提供', '包括', '包含', '比如', '例如', '譬如', '成为', '使得', '使', '让', '令', '进行', '通过', '来', '像', '如', '即', '以', '对', '给', '向', '把', '被', '将', '从', '在', '于', '由', '达到', '作为', '如下', '以下', '可能', '可以', '能', '能够', '会', '应该', '应当', '要', '得', '想', '希望', '愿意', '必须', '开始', '方面', '期间', '主要', '不会', '不能', '无法', '不必', '如何', '怎样', '怎么'])
// A verb that opens a claim: after it the claim itself must follow ("证明了开发者", "可以看出，开源社区中").
const claimVerbs = new Set(['证明', '表明', '说明', '显示', '意味着', '标志着', '认为', '发现', '指出', '看出', '看到', '相信', '强调'])
// Conjunctions that open a subordinate clause: it wants its main clause ("由于没有个人电脑会受到损害").
// 随着 ("as …") sets the scene for a main clause the same way ("随着该特性晋升至 Beta 版").
const subordinators = new Set(['为了', '由于', '因为', '如果', '假如', '若', '倘若', '要是', '虽然', '尽管', '即使', '只要', '只有', '除非', '当', '既然', '一旦', '随着'])
// 如 opens a condition before 需 or 要 ("如需了解…的性能表现": if you want to know…), which jieba cuts into two words.
const conditional = (first: Word | undefined, next: Word | undefined): boolean => first?.text === '如' && ['需', '要', '想'].includes(next?.text ?? '')
// Words that link a clause to the one before it and may stand before a subordinator.
const leadingConnectives = new Set(['不过', '但是', '但', '而且', '并且', '所以', '而', '可是', '然而', '也'])
// Modal verbs: a clause that goes on from one into a place ("更愿意在智能体上下文中") still owes the verb it
// modifies (jieba tags some verb-object words as nouns, "采取行动": a clause ending on one is trusted).
const modals = new Set(['愿意', '可能', '可以', '能', '能够', '会', '应该', '应当', '要', '想', '希望', '需要', '必须', '敢'])
// Modals of will want an action: after one, "在 X" that no locative closes ("更愿意在智能体") is still
// the place the action happens, and a noun there is not one jieba took from a verb-object word.
// (A modal of chance may take 在 as its verb: "可能在家".)
const willing = new Set(['愿意', '希望', '敢', '乐意', '肯', '宁愿'])
// Words that close a clause into a time ("到了下午的时候", "发布之后", "引入…checkpoint 后"): it sets the scene for a main clause.
const whenEnds = new Set(['时候', '时', '之后', '以后', '之前', '以前', '之际', '后', '前'])
// Question words: a question ends whole on one ("下一步是什么？").
const interrogatives = new Set(['什么', '谁', '哪', '哪里', '哪儿', '怎样', '怎么样', '如何', '多少', '几'])
// Adverbs that modify what comes after them ("已经…", "非常…"); 最快 or 更好 end a clause whole.
const openAdverbs = new Set(['已经', '正在', '一直', '仍然', '仍', '也', '都', '还', '就', '才', '又', '再', '很', '非常', '特别', '更', '最', '将', '曾', '曾经', '不', '没', '没有', '即将', '逐渐', '主要'])
// Topic prepositions frame a noun phrase that can be a headline ("关于大模型的思考").
const topicPrepositions = new Set(['关于', '有关'])
// Prepositions of means or basis: a clause they open and whose only verb heads their object after 的
// ("通过他们的积极布道", "经过多年的努力", "根据官方的数据") says how or on what, and its main clause is still to come.
// (基于, 针对 and 对于 often open a noun phrase instead: "基于社区的反馈", "对于大模型的看法".)
const framePrepositions = new Set(['通过', '经过', '借助', '凭借', '依靠', '依托', '根据', '按照', '依据', '随同'])
// Coordinators jieba tags as prepositions: "安全与伦理的挑战" is a noun phrase.
const coordinators = new Set(['与', '和', '跟', '同', '及'])

// In Chinese 、 separates the items of a list, not clauses.
const clauseMark = /[，,：:；;—–]/u

// Clauses split at clause marks; here a colon joins a label to its value ("分发渠道：开源社").
function clauses(all: readonly Word[], text: string): Word[][] {
  const groups: Word[][] = [[]]
  let last = 0
  for (const word of all) {
    if ([...text.slice(last, word.start)].some(mark => clauseMark.test(mark) && !/[：:]/u.test(mark)))
      groups.push([])
    groups.at(-1)!.push(word)
    last = word.end
  }
  return groups.filter(group => group.length)
}

// A time may open on 截至, 到, 在 or 自 ("截至2025年12月30日") and be a place's clock ("美国时间 3 月 5 日");
// one with a position word ("6 年之后") tells how long, a fair label on a timeline.
function timeOnly(all: readonly Word[]): boolean {
  // Figures alone ("1-1", "36%") are no time: one word must name a time.
  const time = all.some(word => word.tags[0] === 't' || word.text === '时间' || /[年月日]$/u.test(word.text))
  const clock = all.some(word => word.text === '时间')
  return time && all.every((word, index) => (index === 0 && ['截至', '截止', '到', '自', '从', '于', '在'].includes(word.text)) || ['t', 'm', 'q'].includes(word.tags[0] ?? '')
    || word.text === '时间' || (word.tags[0] === 'ns' && clock))
}

function opensOut(all: readonly Word[], text: string): boolean {
  const last = all.at(-1)
  if (!last)
    return true
  if (wantsObject.has(last.text) && !(last.text === '开始' && all.at(-2)?.text === '的'))
    return true
  if ((['adp', 'cconj', 'pron'].includes(last.pos) && !interrogatives.has(last.text)) || (last.pos === 'adv' && openAdverbs.has(last.text)) || (last.pos === 'num' && last.tags[0] === 'q' && all.at(-2)?.pos === 'num'))
    return true
  // A time alone sets the scene and says nothing: "北京时间", "2025年11月".
  if (timeOnly(all))
    return true
  // 的 ends a clause only as 是…的 ("积压是 ok 的"); else it wants its noun ("优秀的").
  if (last.text === '的' && !all.some(word => word.text === '是'))
    return true
  if (['地', '得', '着', '之', '等'].includes(last.text) && last.pos === 'part')
    return true
  // A modifier after 了 with no noun: "…提供了前所未有".
  if (last.pos === 'adj' && all.at(-2)?.text === '了')
    return true
  // A last clause opened by a subordinator wants its main clause ("…优势是，由于没有个人电脑会受到损害").
  // A conjunction may come first: "不过因为 Rust 同时使第一个变量无效了".
  const parts = clauses(all, text)
  const opening = parts.at(-1)?.find(word => !leadingConnectives.has(word.text))
  const lastPart = parts.at(-1) ?? []
  if (subordinators.has(opening?.text ?? '') || conditional(opening, lastPart[lastPart.indexOf(opening!) + 1]))
    return true
  if (frameOnly(parts.at(-1) ?? [], opening) || comparisonOnly(opening, last, lastPart))
    return true
  // A last clause that is a time ("…，到了下午的时候") wants the main clause it sets the scene for,
  // unless it says what the time is for ("现在是行动的时候").
  const modal = lastPart.findLastIndex(word => modals.has(word.text))
  const afterModal = lastPart.slice(modal + 1)
  const actionless = modal >= 0 && afterModal.some(word => word.pos === 'adp') && !afterModal.some(word => word.pos === 'verb' && word.tags[0] !== 'vn')
  if (actionless && !['n', 'vn'].includes(last.tags[0] ?? ''))
    return true
  const place = afterModal.findIndex(word => ['在', '于'].includes(word.text))
  if (actionless && willing.has(lastPart[modal]!.text) && place >= 0 && !afterModal.slice(place + 1).some(word => word.tags[0] === 'f'))
    return true
  if (whenEnds.has(last.text) && lastPart.some(word => word.pos === 'verb') && !lastPart.some(word => word.text === '是'))
    return true
  // A last clause with no predicate (no verb, adjective or closing particle) after another clause
  // is a subject left alone: "…，你的 Kubernetes 集群", "可以看出，开源社区中".
  if (parts.length > 1 && !parts.at(-1)!.some(word => ['verb', 'adj'].includes(word.pos) || word.tags[0] === 'y' || word.text === '了'))
    return true
  // A place or time frame alone: "在第二天的主题演讲中".
  if (['在', '于'].includes(all[0]?.text ?? '') && last.tags[0] === 'f')
    return true
  // A claim whose content never comes: no verb after the claim verb.
  // jieba may join the claim verb to its subject ("结果表明").
  const claim = all.findLastIndex(word => [...claimVerbs].some(verb => word.text.endsWith(verb)))
  if (claim >= 0 && !all.slice(claim + 1).some(word => word.pos === 'verb') && all.slice(claim + 1).length <= 4)
    return true
  // A preposition with no verb before or after it: "已经从 Apache 软件", "在…数据集上的 22 个查询上".
  // jieba tags some verbs as nouns (毕业), so a clause closed by a modal particle (啦, 吧) or 了 is trusted.
  if (last.tags[0] === 'y' || last.text === '了')
    return false
  const preposition = all.findLastIndex(word => word.pos === 'adp' && !topicPrepositions.has(word.text) && !coordinators.has(word.text))
  // A verb-noun right before 为/成 is the verb it completes ("WSL1 升级为 WSL2": upgraded to).
  const completed = (index: number): boolean => all[index]!.tags[0] === 'vn' && index === preposition - 1 && ['为', '成'].includes(all[preposition]!.text)
  return preposition >= 0 && !all.some((word, index) => index !== preposition && ((word.pos === 'verb' && !/[上中里下内外]$/u.test(word.text) && word.tags[0] !== 'vn') || completed(index))) && !topicPrepositions.has(all[0]?.text ?? '')
}

// A last clause that is a frame: a preposition of means and its object, a noun phrase closed by
// 的 and its head ("通过他们的积极布道"); a verb before that 的 may be the main one ("通过开源吸引了的").
function frameOnly(clause: readonly Word[], opening: Word | undefined): boolean {
  if (!opening || !framePrepositions.has(opening.text))
    return false
  const rest = clause.slice(clause.indexOf(opening) + 1)
  const of = rest.findLastIndex(word => word.text === '的')
  return of > 0 && of >= rest.length - 3 && !rest.slice(0, of).some(word => word.pos === 'verb' || word.text === '了')
    && !rest.slice(of + 1).some(word => word.text === '了' || word.tags[0] === 'y')
}

// A comparison's frame, "与 (2)相比" or "相比于前一个 LTS" (compared with…), wants the clause that says what differs.
const comparing = new Set(['与', '和', '跟', '同', '较'])
const comparisonEnds = new Set(['相比', '相较', '比较', '相比较', '一样', '类似', '相同', '不同'])
const comparisonOpeners = new Set(['相比', '相较', '比起', '对比'])
function comparisonOnly(opening: Word | undefined, last: Word, clause: readonly Word[]): boolean {
  const opened = comparisonOpeners.has(opening?.text ?? '') && !clause.slice(clause.indexOf(opening!) + 1).some(word => word.pos === 'verb')
  return opened || (comparing.has(opening?.text ?? '') && comparisonEnds.has(last.text))
}

// Pronouns that stand for what was said before: as a subject alone they say nothing whole ("这引起了媒体极大关注").
const anaphors = new Set(['这', '那', '此', '它', '它们', '这些', '那些'])

function opensIn(all: readonly Word[]): boolean {
  const first = all[0]
  // A classifier first lost its number ("次下载量").
  return !first || (first.pos === 'part' && ['的', '了', '地', '得', '着'].includes(first.text)) || first.tags[0] === 'q'
    // "这个…", "这些企业", "它的…" name what they point at; "这也是…", "这引起…" point back.
    || (anaphors.has(first.text) && !['noun', 'propn', 'num', 'adj'].includes(all[1]?.pos ?? '') && all[1]?.text !== '的')
}

/** Chinese. */
// A translation's or a copy's credits: "原文：…".
const credit = /^\s*(?:原文(?:链接|地址)?|译者|翻译|译文|校对|原作者|来源)\s*[:：]/u

// A letter's closing: "此致\n敬礼", "祝好！\n张三".
const signOff = /^(?:此致 ?敬礼|祝好|顺颂(?:商祺|时祺)|谢谢(?:大家)?|感谢阅读)[！!。，,]?(?: ?[\p{L}·]{1,12})?$/u

// A question asks with a question word ("你用什么工具") or closes on 吗 or 呢.
const asks = (all: readonly Word[]): boolean => all.some(word => interrogatives.has(word.text)) || ['吗', '呢'].includes(all.at(-1)?.text ?? '')

// A rise or a fall: "增长了 36%", "提升 20%", "36% 的增幅", "下降 13%".
const change: Language['change'] = {
  rise: { before: /(?:增长|增加|上升|提升|提高|上涨|增)了?\s*$/u, after: /^\s*的?(?:增长|增幅|涨幅|增加)/u },
  fall: { before: /(?:下降|减少|降低|下滑|下跌|减)了?\s*$/u, after: /^\s*的?(?:下降|降幅|跌幅|减少)/u },
}

// Phrasings that announce a point instead of making it, and openings that lean on the sentence before.
const announcing: readonly Cue[] = [
  { pattern: /^(?:更多|详细|具体)(?:信息|内容|细节|说明|用法)?[，,：:]?\s*(?:请|可以?)?(?:参考|参阅|参见|查看|阅读|见)/u, why: '"更多信息，请参考用户文档": points at another page, whose content is the point' },
  { pattern: /^(?:大家好|各位好|你好|hi，)/iu, why: 'a greeting opens the text and says nothing of it' },
  { pattern: /^(?:本文|本篇|本节|本章|下文|本系列)/u, why: '"本文将…": about the article, not its subject' },
  { pattern: /^(?:下面|接下来|以下)(?:我们|我|就)?[将来会就再]?(?:介绍|讨论|看看|看一下|聊聊|谈谈|分析|说明|详细)/u, why: 'turns to the next part; the part itself follows' },
  { pattern: /包含了?(?:一些|很多|许多|大量|不少)[^，。；]{0,16}的内容/u, why: '"…包含了一些特别有趣的内容": says there is content, and the content follows' },
  { pattern: /(?:主要|将会?|我们将|我将)(?:介绍|讨论|探讨|分享|梳理)(?:以下|如下|下面)?(?:几个|一些|这些)?(?:方面|内容|问题|话题)/u, why: 'a promise of content, not the content' },
]
const leaning: readonly Cue[] = [
  { pattern: /^(?:这(?!\p{Script=Han}?年)|那|此(?![外前后时])|其(?![他中实次余])|他们|她们|它们|该(?!\p{Script=Han}?年)|他(?![人国])|[她它])/u, why: '"这项技术…", "他们…": whom or what it means is in the sentence before' },
]

// Adverbs that open a predicate on the subject before them ("任何尝试过…的人，都体验过…", "这样的团队，也…").
const predicateOpeners = new Set(['都', '也', '就', '才', '却', '便', '还', '均', '总'])
// Who a relative clause names ("…运行智能体的人"), and the quantifiers that open such a subject ("任何…", "所有…").
const people = new Set(['人', '者', '人们'])
const quantifiers = new Set(['任何', '所有', '每个', '凡是', '那些', '这些'])
// A noun phrase of people closed by 的 ("任何尝试过…运行智能体的人") before such an adverb is the subject of
// what follows; "2025年提供了前所未有的机遇，也…" is a clause of its own.
function heldSubject(before: readonly Word[], after: readonly Word[]): boolean {
  const noun = before.at(-1)
  return before.at(-2)?.text === '的' && ['noun', 'pron'].includes(noun?.pos ?? '') && (people.has(noun!.text) || quantifiers.has(before[0]!.text))
    && predicateOpeners.has(after[0]?.text ?? '')
}

// "值得注意的是，…", "因此，…": a point stands alone without them.
const leadIns = /^(?:本文将|本文从|本节|本章|下面|接下来|总之|综上所述|值得注意的是|值得一提的是|需要指出的是|不难发现|可以说|因此|所以|此外|同时|另外|然而|但是|不过|而且|并且|其次|首先|最后|当然|事实上|实际上|换句话说|也就是说)/u

export const chinese: Language = { credit, signOff, quotes: ['“', '”'], words, opensOut, opensIn, timeOnly, asks, change, announces: announcing, leansBack: leaning, leadIns, ahead: /以下|如下|下列|下面/u, clauseMark, heldSubject, predicate: word => word.pos === 'verb' || word.pos === 'adj' }
