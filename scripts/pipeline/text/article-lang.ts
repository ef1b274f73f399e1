// Which of the deck's languages an article is written in, judged from its prose: kana
// mean Japanese, Han characters without kana mean Chinese, and anything else (English,
// German, Korean, Russian …) gets the English deck, whose words most readers share.
import type { Lang } from '../model/deck.ts'

// The prolonged-sound mark and the katakana middle dot also appear in Chinese transliterations
// (「列夫・托尔斯泰」): only the syllables count as kana. Global: for counting by `match` or `replace`.
export const kana = /[\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FD-\u30FF\uFF66-\uFF6F\uFF71-\uFF9D]/gu
const han = /\p{Script=Han}/gu
const letter = /\p{L}/gu

/** A CJK article is one whose letters are more than this share Han or kana, as `isCjk` judges (measure.ts). */
const cjkShare = 0.3
/** Japanese prose is about half kana or more; a Chinese article quoting a Japanese title has a few. */
export const kanaShare = 0.1

/** The deck language of an article whose prose is `text`. */
export function articleLang(text: string): Lang {
  const letters = text.match(letter)?.length ?? 0
  const kanaCount = text.match(kana)?.length ?? 0
  const hanCount = text.match(han)?.length ?? 0
  const cjk = kanaCount + hanCount
  if (!letters || cjk / letters <= cjkShare)
    return 'en'
  return kanaCount / cjk >= kanaShare ? 'ja' : 'zh'
}

// Any Han character or kana: a sentence without one is not Chinese or Japanese, whatever the article is.
const cjkLetter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** The language a sentence or label of an article in `lang` is read in: English when it holds no Han or kana (an English finding a Japanese article quotes). */
export function textLang(text: string, lang: Lang): Lang {
  return isCjkLang(lang) && !cjkLetter.test(text) ? 'en' : lang
}

/** Whether `lang` is written without spaces between words, so text is measured in characters, not words. */
export function isCjkLang(lang: Lang): boolean {
  return lang !== 'en'
}

/** The BCP 47 tag of each deck language, as PDF /Lang, `<html lang>` and PowerPoint name it. */
export const langTags: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US', ja: 'ja-JP' }
