// English through compromise (MIT, about 60 ms to load, 1–2 ms a sentence): its tagger knows
// determiners, prepositions, auxiliaries and copulas in context, which a word list cannot
// ("like" in "looks like" against "I like it").
import type { Cue, Language, Pos, Word } from './word.ts'
import nlp from 'compromise'

// compromise tag → UD, the first tag of a term found here wins (a copula is an auxiliary to
// the rules: "it is" wants what it is).
// Adverbs compromise may read as adjectives out of their sentence ("but still").
const stillLike = new Set(['still', 'yet', 'also', 'too'])
const tagPos: ReadonlyArray<readonly [string, Pos]> = [
  ['Copula', 'aux'],
  ['Auxiliary', 'aux'],
  ['Modal', 'aux'],
  ['Determiner', 'det'],
  ['Preposition', 'adp'],
  ['Conjunction', 'cconj'],
  ['Pronoun', 'pron'],
  ['QuestionWord', 'pron'],
  ['Negative', 'part'],
  ['Value', 'num'],
  ['Adverb', 'adv'],
  ['Adjective', 'adj'],
  ['Verb', 'verb'],
  ['ProperNoun', 'propn'],
  ['Noun', 'noun'],
]

// Words that open a subordinate clause: a clause they open wants its main clause ("Once you
// get a qualitative sense"). compromise tags several of them as adverbs or prepositions.
const subordinators = new Set(['once', 'when', 'whenever', 'if', 'unless', 'because', 'although', 'though', 'while', 'whereas', 'since', 'until', 'after', 'before', 'whether'])
// Prepositions compromise may tag as nouns in a run of nouns ("his work in memory management").
const prepositions = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'from', 'into', 'onto', 'over', 'under', 'about'])
// Words that open a clause serving as a complement: what follows them needs its own verb.
const complementizers = new Set(['that', 'whether'])
// Subject pronouns: a clause cannot stop on its subject ("…so that we").
const subjects = new Set(['i', 'we', 'they', 'he', 'she', 'you'])
// Words that stand for something said elsewhere: alone they name nothing ("There", "It").
// Adverbs of place and direction: after a copula they are the predicate ("we are here", "it is over").
const placeAdverbs = new Set(['here', 'there', 'everywhere', 'away', 'back', 'home', 'out', 'up', 'down', 'off', 'on', 'in', 'over', 'abroad', 'inside', 'outside', 'ahead', 'behind', 'together', 'apart'])
const placeholders = new Set(['it', 'there', 'here', 'now', 'then', 'this', 'that', 'one', 'also', 'too'])
const demonstratives = new Set(['that', 'this', 'these', 'those'])
// Relative pronouns: a verb after one belongs to the relative clause, not to the point.
const relatives = new Set(['who', 'whom', 'whose', 'which', 'that', 'where'])
// Forms of "be" want what something is, whatever compromise tags them ("…has been").
const copulas = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am'])
// Latin cues that announce an example or a restatement: "E.g" on its own says nothing.
const cues = new Set(['e.g', 'e.g.', 'i.e', 'i.e.', 'cf', 'cf.', 'viz', 'viz.', 'eg', 'ie'])
// Participles that, after a form of "be", want what follows: "is best known | for", "is called | ROC".
const namingParticiples = new Set(['known', 'called', 'named', 'dubbed', 'termed', 'titled', 'regarded', 'referred'])
// Light verbs say nothing without their object: "We want to do", "…will make".
const lightVerbs = new Set(['do', 'make', 'get', 'take', 'give', 'put', 'bring', 'keep'])
// Verbs that say nothing without the preposition that takes their complement: "This one design decision
// has led | to…", "what does it look | like". Their forms come from compromise's conjugator.
const prepositionalVerbs: Readonly<Record<string, string>> = { lead: 'to', look: 'like', seem: 'to', tend: 'to', need: 'to', base: 'on', focus: 'on', wait: 'for', pass: 'as', struggle: 'with', depend: 'on', rely: 'on', consist: 'of', result: 'in', belong: 'to', refer: 'to', stem: 'from', account: 'for', deal: 'with', cope: 'with', go: 'to', try: 'to' }
// The infinitive of each form above.
const formOf = new Map(Object.keys(prepositionalVerbs).flatMap(verb =>
  Object.values(nlp(verb).verbs().conjugate()[0] as Record<string, string>).filter(form => !form.includes(' ')).map(form => [form, verb] as const)))
function infinitiveOf(form: string): string {
  return formOf.get(form) ?? form
}
const verbPreposition = new Map([...formOf].map(([form, verb]) => [form, prepositionalVerbs[verb]!]))
// Adjectives whose subject is a clause put after them: "It is important | to…", "It is clear | that…".
const extraposing = new Set(['important', 'interesting', 'clear', 'possible', 'impossible', 'likely', 'unlikely', 'necessary', 'worth', 'notable', 'obvious', 'surprising', 'exciting', 'hard', 'easy', 'difficult', 'true', 'essential', 'crucial', 'fair', 'safe'])
// Auxiliaries a question puts before its subject ("what does it | look like"), whatever compromise tags them.
const inverting = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must'])
// The infinitive marker and possessive words want a verb or a noun after them.
const wantsMore = new Set(['to', 'its', 'their', 'our', 'your', 'his', 'her', 'my', 'whose', 'than', 'such', 'very'])

interface Term { text: string, tags: string[], offset: { start: number, length: number } }

function posOf(tags: readonly string[]): Pos {
  return tagPos.find(([tag]) => tags.includes(tag))?.[1] ?? 'x'
}

function words(text: string): Word[] {
  // A soft line break (hard-wrapped prose) is a space: compromise would read a sentence's end there.
  const sentences = nlp(text.replace(/\r?\n|\r/gu, match => ' '.repeat(match.length))).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>
  return sentences.flatMap(sentence => sentence.terms).filter(term => term.text).map((term) => {
    const lower = term.text.toLowerCase()
    const pos = subordinators.has(lower) ? 'sconj' : prepositions.has(lower) && term.tags.includes('Noun') ? 'adp' : posOf(term.tags)
    return { text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, pos, tags: term.tags }
  })
}

function timeOnly(all: readonly Word[]): boolean {
  const time = (word: Word): boolean => word.tags.includes('Date') || word.tags.includes('Duration')
  return all.some(time) && all.every(word => word.pos === 'det' || word.pos === 'num' || time(word))
}

function opensOut(all: readonly Word[], text: string): boolean {
  const last = all.at(-1)
  if (!last)
    return true
  const lower = last.text.toLowerCase()
  // A contracted auxiliary ("you'd", "we'll", "they've") wants its verb.
  // A question may end on its subject or a stranded preposition: "How old are you?", "Which systems do you deploy your software to?".
  const question = /\?\s*$/u.test(text) && all.length > 2
  if (/['’](?:d|ll|ve|re)$/iu.test(last.text) || (all.length === 1 && placeholders.has(lower)) || cues.has(lower) || (!question && (wantsMore.has(lower) || subjects.has(lower))) || copulas.has(lower) || last.tags.includes('QuestionWord'))
    return true
  // A question stopped on its subject: "Does the compiler", "Is the Rust world" (its verb, adjective or
  // second noun phrase still to come: "Is there a lab", "Is Rust a language" are whole).
  const first = all[0]!.text.toLowerCase()
  const predicated = all.slice(1).some(word => ['verb', 'adj', 'aux'].includes(word.pos) && !word.tags.includes('Noun'))
  const determiners = all.filter(word => word.pos === 'det').length
  if (all.length > 1 && !predicated && (inverting.has(first) || (copulas.has(first) && !['there', 'it', 'this', 'that'].includes(all[1]!.text.toLowerCase()) && determiners === 1 && all[1]!.pos === 'det')))
    return true
  // A time alone sets the scene and says nothing: "Each year", "Last month".
  if (timeOnly(all))
    return true
  // A comment on a sentence that is not there: "Funnily enough", "Oddly enough".
  if (all.length === 2 && lower === 'enough' && /ly$/iu.test(all[0]!.text))
    return true
  // A demonstrative after a preposition is a pronoun, whole: "specifically for that".
  if (last.pos === 'det' && demonstratives.has(lower) && all.at(-2)?.pos === 'adp')
    return false
  // (compromise may read a stranded "to" as a conjunction.)
  const stranded = question && /^(?:to|for|with|about|from|in|on|at|of|into|by)$/iu.test(lower)
  if (['det', 'adp', 'cconj', 'sconj', 'aux', 'part'].includes(last.pos) && !stranded)
    return true
  // An indefinite article and an adjective still want their noun: "…has been a long | awaited feature".
  if (['a', 'an'].includes(all.at(-2)?.text.toLowerCase() ?? '') && last.pos === 'adj')
    return true
  // "it is also": an adverb after a copula, an auxiliary or "not" modifies the predicate still to come:
  // "The resulting potential is still", "they are not currently". A place ("we are here") is a predicate itself.
  const before = all.at(-2)
  // compromise reads a last "still" as an adjective.
  const adverb = last.pos === 'adv' || lower === 'still'
  if (adverb && before && (['aux', 'part'].includes(before.pos) || copulas.has(before.text.toLowerCase()) || /['’](?:m|re)$/iu.test(before.text)) && !placeAdverbs.has(lower))
    return true
  // "so" after anything but a verb opens the clause of a result ("…puts it in the shared area so");
  // after a verb it is the verb's object ("I think so").
  if (lower === 'so' && before && before.pos !== 'verb')
    return true
  // "between" ending a point wants its two ends, or a plural: "…a line between DRAM" stops short,
  // "between parts" does not, nor "between teams" with a verb after it.
  const between = all.findLastIndex(word => word.text.toLowerCase() === 'between')
  if (between >= 0 && !all.slice(between + 1).some(word => ['and', '&'].includes(word.text.toLowerCase()) || word.tags.includes('Plural') || predicate(word)))
    return true
  // A light verb after "to" or a modal: "We want to do".
  if (lightVerbs.has(lower) && (before?.text.toLowerCase() === 'to' || before?.tags.includes('Modal')))
    return true
  // A naming participle after "be" (an adverb between): "Richard L. Hudson is best known".
  if (namingParticiples.has(lower) && all.slice(-4, -1).some(word => copulas.has(word.text.toLowerCase())))
    return true
  // A subject inverted after an auxiliary wants its verb: "what does it", "Can we" ("I did it" is whole).
  const opener = all.at(-3)
  if (last.pos === 'pron' && inverting.has(before?.text.toLowerCase() ?? '') && (!opener || opener.tags.includes('QuestionWord')))
    return true
  // A verb that always wants an infinitive: "…respondents also seem", "users tend".
  if (last.pos === 'verb' && ['seem', 'tend'].includes(infinitiveOf(lower)))
    return true
  // "It is exciting", "It's important": the subject is the clause after it ("…to see the growth"). compromise
  // reads such adjectives as gerunds after "is"; "It is fast" says something of what "it" stands for.
  if (/^it(?:['’]s)?$/iu.test(all[0]?.text ?? '') && all.length > 1 && all.slice(1, -1).every(word => word.pos === 'aux' || word.pos === 'adv')
    && (last.tags.includes('Gerund') || extraposing.has(lower))) {
    return true
  }
  // A split infinitive stopped before its verb: "allows you to easily".
  if (last.pos === 'adv' && before?.text.toLowerCase() === 'to')
    return true
  // A clause after "but" stopped on its subject ("…grows but the knowledge") or an adverb ("…this year, but still").
  const but = all.findLastIndex(word => word.text.toLowerCase() === 'but')
  const after = all.slice(but + 1)
  if (but > 0 && after.length && !after.some(word => word.pos === 'verb' || word.pos === 'aux')
    && (['det', 'pron'].includes(after[0]!.pos) || after.every(word => word.pos === 'adv' || stillLike.has(word.text.toLowerCase())))) {
    return true
  }
  // A possessive "'s" wants its noun.
  if (/['’]s$/u.test(text.trimEnd()) && last.tags.includes('Possessive') && !last.tags.includes('Noun'))
    return true
  // "…where there", "…which there": a relative clause stopped on its subject.
  if (lower === 'there' && relatives.has(before?.text.toLowerCase() ?? ''))
    return true
  return subordinateOnly(all, text) || prepositionalOnly(all, text) || subjectOnly(all, text) || complementOnly(all) || purposeOnly(all) || trailingSubordinate(all, text)
}

// A clause opened by "that" or "whether" with no verb after it: "…asked whether respondents",
// "It is interesting that 20%".
function complementOnly(all: readonly Word[]): boolean {
  const opener = all.findLastIndex(word => complementizers.has(word.text.toLowerCase()))
  return opener > 0 && !all.slice(opener + 1).some(predicate)
}

// A last clause opened by a subordinator that only has a gerund: "…is that, when looking".
function trailingSubordinate(all: readonly Word[], text: string): boolean {
  const comma = text.lastIndexOf(',')
  const clause = all.filter(word => word.start > comma)
  return comma > 0 && clause[0]?.pos === 'sconj' && clause.some(word => word.pos === 'verb') && !clause.some(predicate)
}

// A subject after an opening phrase, with no verb anywhere: "Each year, the results".
function subjectOnly(all: readonly Word[], text: string): boolean {
  const comma = text.lastIndexOf(',')
  const after = all.find(word => word.start > comma)
  return comma > 0 && after?.pos === 'det' && !all.some(word => word.pos === 'verb' || word.pos === 'aux')
}

// A subordinate clause with no main clause after it: "Once you get a qualitative sense", or
// only more of them after its commas: "If you push the wrong setting, as someone might have done".
function subordinateOnly(all: readonly Word[], text: string): boolean {
  // Adverbs may stand before the subordinator: "Luckily, even though the activity doubled".
  const start = all.findIndex(word => word.pos !== 'adv' && word.text.toLowerCase() !== 'even')
  if (start < 0 || all[start]!.pos !== 'sconj')
    return false
  const openers = all.filter((word, index) => index === start || (index > start && /[,;:—–]\s*$/u.test(text.slice(all[index - 1]!.end, word.start))))
  return openers.every(word => word.pos === 'sconj' || word.text.toLowerCase() === 'as')
}

// Openers that set a time or a scope and that compromise reads as phrasal verbs ("Back in Rust 1.51").
const settingOpeners: ReadonlyArray<readonly string[]> = [['back', 'in'], ['as', 'of'], ['starting', 'in'], ['starting', 'with'], ['up', 'to']]

// A prepositional phrase with no main verb is a setting, not a point: "In a more general RL
// setting", "Back in Rust 1.51", "Of those who used Rust in 2023" (its verb is the relative clause's).
function prepositionalOnly(all: readonly Word[], text: string): boolean {
  const opening = all.find(word => word.pos !== 'adv')
  const setting = settingOpeners.find(opener => opener.every((text, index) => all[index]?.text.toLowerCase() === text))
  if (opening?.pos !== 'adp' && !setting)
    return false
  const rest = all.slice(setting?.length ?? 0)
  // compromise keeps a contracted relative as one term: "With all that’s going on".
  // After a comma "that" is the subject of the main clause: "For us, that leads to a set of questions".
  const relative = rest.findIndex(word => relatives.has(word.text.toLowerCase().replace(/['’]s$/u, '')) && !/,\s*$/u.test(text.slice(0, word.start)))
  // A gerund after a preposition ("By using…", "in upgrading…") or a participle after its noun ("the version
  // introduced in…") is no predicate; "we’re introducing" is one.
  const nonFinite = (word: Word, index: number): boolean => (word.tags.includes('Gerund') && [undefined, 'adp'].includes(rest[index - 1]?.pos))
    || (word.tags.includes('PastTense') && ['noun', 'propn'].includes(rest[index - 1]?.pos ?? '') && ['adp', undefined].includes(rest[index + 1]?.pos))
  return !rest.some((word, index) => (word.pos === 'verb' || word.pos === 'aux') && !nonFinite(word, index) && (relative < 0 || index < relative))
}

// A subject and the auxiliary, copula or modal its predicate opens with ("…goals, and use cases |
// have forced us", "you simply | have to scan"; compromise tags these words well, unlike other
// verbs), or a naming participle and the adverb or copula before it ("is best | known for"; after a
// noun it opens a phrase of its own: "a quantity | called the action-value").
// A headline may be that subject when it is a noun phrase: "Rust expertise | has grown" titles a
// slide, "…at some point it | is time" does not.
function joined(last: Word, next: Word, headline: boolean): boolean {
  return (next.pos === 'aux' && last.pos !== 'aux' && !(headline && ['noun', 'propn'].includes(last.pos))) || (namingParticiples.has(next.text.toLowerCase()) && ['adv', 'adj', 'aux'].includes(last.pos))
    // An adverb and the adjective or verb it modifies: "I'm honestly extremely | amazed", "you simply | set".
    || (last.pos === 'adv' && (next.pos === 'adj' || (next.pos === 'verb' && !next.tags.includes('Gerund'))))
    || (last.pos === 'verb' && verbPreposition.get(last.text.toLowerCase()) === next.text.toLowerCase())
    // A verb and what it is about: "we also asked | about the other languages", "think | about", "care | about".
    || (last.pos === 'verb' && next.text.toLowerCase() === 'about')
    // An adjective and the clause that says what is so: "We were pleased | that…", "The API is easy | to use".
    || (last.pos === 'adj' && ['to', 'that'].includes(next.text.toLowerCase()))
}

// An infinitive of purpose with no main clause after it: "To finish your generational GC cycle".
function purposeOnly(all: readonly Word[]): boolean {
  return all[0]?.text.toLowerCase() === 'to' && all[1]?.pos === 'verb' && !all.slice(2).some(predicate)
}

function opensIn(all: readonly Word[]): boolean {
  const first = all[0]
  return !first || (first.pos === 'cconj' && ['and', 'or', 'nor'].includes(first.text.toLowerCase()))
}

// A gerund with no auxiliary names an activity, it predicates nothing ("…after its release async programming | in Rust has blossomed").
function predicate(word: Word): boolean {
  return (word.pos === 'verb' && !word.tags.includes('Gerund')) || word.pos === 'aux'
}

/** English. */
// A translation's or a copy's credits: "Translated by: …".
const credit = /^\s*(?:translated by|translation|translator|original(?: article| post)?|source)\s*[:：]/iu

// A letter's closing and the name under it: "Cheers,\nRyan", "Best regards, The team". The name is
// capitalised, so the closing words alone are matched without regard to case.
const closings = ['cheers', 'best regards', 'best wishes', 'regards', 'kind regards', 'warm regards', 'warmest regards', 'many thanks', 'thanks', 'thanks again', 'sincerely', 'yours truly', 'yours sincerely', 'all the best', 'take care']
const anyCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`
// These close a letter only with a comma: "Best, Ryan", never "Best Practices".
const commaClosings = ['best', 'love', 'yours']
const signOff = new RegExp(String.raw`^(?:(?:${closings.map(anyCase).join('|')})[,!.]?|(?:${commaClosings.map(anyCase).join('|')}),) ?(?:[—–-] ?)?(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|[Tt]he [\p{L} ]{1,30}team)?$`, 'u')

// A question opens on a question word or on the auxiliary before its subject ("have you used…",
// "is rust hard"); compromise tags "do" and "have" as plain verbs, so their forms are named.
function asks(all: readonly Word[]): boolean {
  const [first, second] = all
  return Boolean(first && (first.tags.includes('QuestionWord') || first.tags.includes('Modal') || first.tags.includes('Copula')
    || ((inverting.has(first.text.toLowerCase()) || ['have', 'has', 'had'].includes(first.text.toLowerCase())) && ['pron', 'noun', 'propn'].includes(second?.pos ?? ''))))
}

// A rise or a fall: "increased by 33%", "up 15%" (not "making up 18.9%"), "a 13% drop", "33% more".
const change: Language['change'] = {
  rise: { before: /\b(?:increas(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing)|r(?:ise|ises|ose|isen|ising)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|(?<!\b(?:mak(?:e|es|ing)|made|add(?:s|ed|ing)?|sum(?:s|med|ming)?|end(?:s|ed|ing)?)\s)up)(?:\s+by)?\s*$/iu, after: /^\s*(?:increase|rise|growth|gain|jump|more|higher)\b/iu },
  fall: { before: /\b(?:decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|f(?:all|alls|ell|allen|alling)|shr(?:ink|inks|ank|unk)|(?<!\b(?:break(?:s|ing)?|broke|broken|narrow(?:s|ed|ing)?)\s)down)(?:\s+by)?\s*$/iu, after: /^\s*(?:decrease|decline|drop|fall|less|fewer|lower)\b/iu },
}

// Phrasings that announce a point instead of making it, and openings that lean on the sentence before.
const announcing: readonly Cue[] = [
  { pattern: /^(?:for (?:more|further|additional|full) (?:information|details|info)|(?:more|further) (?:information|details) (?:is|are|can be) (?:available|found))\b/iu, why: '"For more information, see…": points at another page, whose content is the point' },
  { pattern: /\bin this (?:blog )?(?:post|article|section|chapter|essay|piece|tutorial|guide|write-?up|talk)(?![\w-])/iu, why: 'points at the text itself, not at its subject' },
  { pattern: /^this (?:blog )?(?:post|article|section|chapter|essay|piece|tutorial|guide)(?![\w-])/iu, why: 'a sentence about the post, not about its subject' },
  { pattern: /\b(?:to|of|from|with|beyond|besides) this (?:blog )?(?:post|article|write-?up)(?![\w-])/iu, why: '"In addition to this blog post, we prepared…": about the post and its companions' },
  { pattern: /^(?:hello|hi|hey|greetings|welcome)(?: (?:all|everyone|everybody|folks|there))?\s*[,!.]/iu, why: 'a greeting opens the text and says nothing of it' },
  { pattern: /^this is (?:a|an|the|my) (?:[\w-]+ ){0,3}(?:blog )?(?:post|article|essay|write-?up|overview|introduction)(?![\w-])/iu, why: '"This is a long overdue blog post on…": the genre, not the point' },
  { pattern: /^(?:let'?s|let us) (?:now )?(?:look|take a look|dive|start|begin|see|explore|turn|move|walk|get started)(?![\w-])/iu, why: 'turns to the next part; the part itself follows' },
  { pattern: /^(?:in the (?:next|following) (?:section|part|chapter)s?|(?:below|next),? (?:I|we)(?:'ll| will)\b)/iu, why: 'points ahead; what it points at is the point' },
  { pattern: /^(?:I|we)(?:'ll| will| am going to| are going to) (?:now )?(?:cover|discuss|look at|explain|describe|walk (?:you )?through|go (?:over|through)|show|review|introduce)(?![\w-])/iu, why: 'a promise of content, not the content' },
  { pattern: /^here(?:'s| is| are) (?:a (?:quick |short |brief )?(?:look|overview|summary|rundown)|what (?:I|we|you)(?:'ll| will| need to) )/iu, why: 'introduces a list or a summary that follows' },
]
const leaning: readonly Cue[] = [
  { pattern: /^["“]?(?:he|she|it|they|his|her|its|their)(?![-\w])(?!(?:'s| is| was) \w+ (?:to|that)\b)/iu, why: '"It also…", "They said…": whom or what it means is in the sentence before ("It is exciting to see…" is no such it)' },
  { pattern: /^["“]?(?:this|that|these|those) (?:is|was|are|were|means|meant|makes|made|has|had|will|would|can|could|may|might|also|shows|showed|led|leads|allows|gives|includes|helps|does|did|happens|happened)(?![-\w])/iu, why: '"This means…": a demonstrative standing alone points at the sentence before; "This edition…" names its thing' },
]

// "Note that…", "However, …": a point stands alone without them. ("Let's" and "We will" stay: "Let's call it X" said
// "Call it X" without them; an announcement of that kind is one of `announcing`.)
const leadIns = /^(?:In this (?:section|article|post|chapter)|This (?:section|article|post) (?:will|describes|covers)|As (?:we|I) (?:said|mentioned)|Note that|It is worth noting that|However|Therefore|Hence|Thus|Consequently|As a result|That said|Also|Moreover|Furthermore|In addition|Meanwhile|Finally|Still|Yet|So(?!\s+(?:far|that|much|many|long|as)\b)|But|And)(?=[,\s])/iu
// An introductory adverbial ("As Rust grows, …", "In 2023, …", "This year, …"): the point keeps the main clause after it.
const frames = /^(?:(?:As|When|If|Once|Since|While|Although|Though|After|Before|Whether)\s[^,;:]{2,60}|(?:In|On|At|For|With|By|From|During|Within|Under|Over|Throughout|Across|Starting(?: in| with| from)?|Beginning(?: in| with)?)\s[^,;:]{1,40}|Again|This year|Last year|Overall|Today|Now|Still|Similarly|Interestingly|Unsurprisingly|Notably|Finally|However|Therefore),\s+/u

export const english: Language = { credit, signOff, quotes: ['“', '”'], words, opensOut, opensIn, joined, timeOnly, asks, change, announces: announcing, leansBack: leaning, leadIns, ahead: /\b(?:the following|as follows|below)\b/iu, frames, clauseMark: /[，,：:；;—–]/u, predicate }
